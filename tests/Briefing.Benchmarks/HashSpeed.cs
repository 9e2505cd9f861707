using System.Diagnostics;
using System.Globalization;
using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Benchmarks;

/// <summary>
/// <c>hash [KB] [COUNT]</c>: the best time of COUNT hashes of KB kilobytes with the writer's managed SHA-256 and
/// MD5, XxHash128 and .NET's (OpenSSL's) SHA-256 and MD5, to weigh what issue 19 traded: OpenSSL's start-up against
/// the managed hashes' speed. Prints numbers only.
/// </summary>
public static class HashSpeed
{
    /// <summary>Times each hash and prints its best time and throughput.</summary>
    public static int Run(string[] args)
    {
        int kilobytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 85;
        int count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var data = new byte[kilobytes * 1024];
        new Random(1).NextBytes(data);
        var hashes = new (string Name, Func<byte[], byte[]> Hash)[]
        {
            ("managed SHA-256", bytes => Sha256.HashData(bytes)),
            ("managed MD5", bytes => Md5.HashData(bytes)),
            ("XxHash128", bytes => System.IO.Hashing.XxHash128.Hash(bytes)),
            (".NET SHA-256 (OpenSSL)", bytes => System.Security.Cryptography.SHA256.HashData(bytes)),
            (".NET MD5 (OpenSSL)", bytes => System.Security.Cryptography.MD5.HashData(bytes)),
        };
        foreach (var (name, hash) in hashes)
        {
            var best = double.MaxValue;
            for (int i = 0; i < count; i++)
            {
                var clock = Stopwatch.StartNew();
                GC.KeepAlive(hash(data));
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-24} {kilobytes} KB: best {best:F3} ms ({kilobytes / 1024.0 / (best / 1000):F0} MB/s)"));
        }
        return 0;
    }
}
