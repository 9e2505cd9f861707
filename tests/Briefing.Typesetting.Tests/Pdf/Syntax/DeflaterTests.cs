using System.IO.Compression;
using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Tests.Pdf.Syntax;

/// <summary>
/// The PDF writer's zlib compressor (libdeflate, one compressor for many streams) writes streams that .NET's own
/// inflater (zlib-ng, which checks the Adler-32 as qpdf does) reads back exactly, whatever the input; and a
/// reused compressor, or any compressor of a pool used from many threads, gives the bytes a new one gives.
/// </summary>
public sealed class DeflaterTests
{
    private static readonly string[] Names = ["empty", "one byte", "tiny text", "64 KB and more of text", "incompressible"];

    public static TheoryData<string> Inputs() => new(Names);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_stream_reads_back_through_ZLibStream(string name)
    {
        var data = Input(name);
        using var deflater = new Deflater();
        var compressed = deflater.Compress(data);
        Assert.Equal(0x78, compressed[0]); // deflate with a 32 KB window
        Assert.Equal(0, ((compressed[0] << 8) | compressed[1]) % 31); // the header's check bits
        Assert.Equal(data, Inflate(compressed));
    }

    [Fact]
    public void Libdeflate_is_installed_here_so_renders_take_the_fast_path()
    {
        // .ci/setup installs libdeflate0; without it every render would silently take the fallback below.
        Assert.True(Deflater.IsAvailable);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Without_libdeflate_the_pool_writes_zlib_streams_with_ZLibStream_that_read_back(string name)
    {
        var data = Input(name);
        using var pool = new DeflaterPool(libdeflate: false);

        var compressed = pool.Compress(data);

        Assert.Equal(0x78, compressed[0]);
        Assert.Equal(data, Inflate(compressed));
        Assert.Equal(compressed, pool.Compress(data));
    }

    [Fact]
    public void A_reused_compressor_reads_back_every_stream_and_matches_a_new_one()
    {
        using var reused = new Deflater();
        foreach (var name in new[] { "64 KB and more of text", "incompressible", "empty", "tiny text", "one byte", "64 KB and more of text" })
        {
            var data = Input(name);
            var compressed = reused.Compress(data);
            Assert.Equal(data, Inflate(compressed));
            using var fresh = new Deflater();
            Assert.Equal(fresh.Compress(data), compressed);
        }
    }

    [Fact]
    public void Text_compresses_to_a_fraction_and_incompressible_data_grows_only_by_the_framing()
    {
        using var deflater = new Deflater();
        var text = Input("64 KB and more of text");
        Assert.True(deflater.Compress(text).Length < text.Length / 4);
        var noise = Input("incompressible");
        // Stored blocks: 5 bytes for each block of 16 KB or more, the 2-byte header and the 4-byte checksum.
        Assert.InRange(deflater.Compress(noise).Length, noise.Length, noise.Length + 6 + 5 * (noise.Length / 16_384 + 1));
    }

    [Fact]
    public void A_pool_used_from_many_threads_gives_the_bytes_of_one_compressor()
    {
        var inputs = Enumerable.Range(0, 48).Select(i => Input(Names[i % Names.Length], seed: i)).ToArray();
        byte[][] expected;
        using (var one = new Deflater())
            expected = inputs.Select(input => one.Compress(input)).ToArray();
        var actual = new byte[inputs.Length][];
        using (var pool = new DeflaterPool())
            Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = pool.Compress(inputs[i]));
        for (var i = 0; i < inputs.Length; i++)
            Assert.Equal(expected[i], actual[i]);
    }

    private static byte[] Input(string name, int seed = 19)
    {
        var random = new Random(seed);
        switch (name)
        {
            case "empty":
                return [];
            case "one byte":
                return [(byte)random.Next(256)];
            case "tiny text":
                return "BT /F1 10.5 Tf 72 720 Td (Korea-Canada) Tj ET\n"u8.ToArray();
            case "64 KB and more of text":
            {
                // Page-content-like text: repeated operators with varying numbers, longer than two windows.
                var text = new System.Text.StringBuilder();
                while (text.Length < 70_000)
                    text.Append("BT /F").Append(random.Next(1, 4)).Append(" 10 Tf ").Append(random.Next(600)).Append(' ')
                        .Append(random.Next(800)).Append(" Td <").Append(random.Next(0x10000).ToString("X4")).Append("> Tj ET\n");
                return System.Text.Encoding.ASCII.GetBytes(text.ToString());
            }
            case "incompressible":
            {
                var noise = new byte[100_000];
                random.NextBytes(noise);
                return noise;
            }
            default:
                throw new ArgumentException(name);
        }
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var inflater = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var output = new MemoryStream();
        inflater.CopyTo(output);
        return output.ToArray();
    }
}
