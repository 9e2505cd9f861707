using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Tests.Pdf.Syntax;

/// <summary>
/// The writer's own SHA-256 and MD5 (kept off OpenSSL for start-up) give the digests .NET's give, for every
/// length around the block and padding boundaries, and for the published test vectors.
/// </summary>
public sealed class HashTests
{
    public static TheoryData<int> Lengths()
    {
        var lengths = new TheoryData<int>();
        foreach (var length in new[] { 0, 1, 3, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 65_537 })
            lengths.Add(length);
        return lengths;
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Sha256_matches_the_system_implementation(int length)
    {
        var data = Bytes(length);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(data), Sha256.HashData(data));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Md5_matches_the_system_implementation(int length)
    {
        var data = Bytes(length);
        Assert.Equal(System.Security.Cryptography.MD5.HashData(data), Md5.HashData(data));
    }

    [Fact]
    public void Published_test_vectors()
    {
        var abc = "abc"u8.ToArray();
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(Sha256.HashData(abc)));
        Assert.Equal("900150983cd24fb0d6963f7d28e17f72", Convert.ToHexStringLower(Md5.HashData(abc)));
        Assert.Equal("d41d8cd98f00b204e9800998ecf8427e", Convert.ToHexStringLower(Md5.HashData([])));
    }

    private static byte[] Bytes(int length)
    {
        var data = new byte[length];
        new Random(length).NextBytes(data);
        return data;
    }
}
