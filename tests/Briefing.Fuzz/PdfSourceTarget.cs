using System.Text;
using Briefing.Diagnostics;
using Briefing.Sources;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Pdf.Attachments;
using CsCheck;

namespace Briefing.Fuzz;

/// <summary>
/// The reader of sources inside PDFs (<see cref="PdfSourceReader"/>), which reads files from elsewhere:
/// mutations of PDFs the engine writes with attachments (bit flips, cuts, repeats, PDF tokens that make
/// cycles, deep nesting, absurd lengths and filters) and random bytes behind a PDF header. Acceptable: a
/// result with sources or diagnostics, every diagnostic with a position and a code of the catalogue,
/// every source within the size limit and a plain file name. Anything else, an exception above all, a
/// hang or memory over the bound, is a finding.
/// </summary>
internal sealed class PdfSourceTarget : IFuzzTarget
{
    private static readonly string[] Tokens =
    [
        "<<", ">>", "[", "]", "/Kids[", "/Names[", "/EmbeddedFiles", "/AF[", "/EF<</F ", "/AFRelationship/Source", " 0 R", "1 0 R", "999999 0 R",
        "/Length 2147483647", "/Length -1", "/Filter/LZWDecode", "/Filter[/FlateDecode/FlateDecode]", "/DecodeParms<</Predictor 15>>",
        "/Params<</Size 1e99>>", "/SHA256<00>", "/CheckSum()", "(\\", "<FEFF", "stream\n", "endstream", "endobj", "xref\n0 9999999\n", "trailer",
        "startxref\n0\n", "%%EOF", "/UF<FEFF002E002E>", "/Type/Filespec", "obj", "\0", "\r",
    ];

    private readonly PdfSourceReader _reader = new(PdfSourceLimits.Default with { MaxFileBytes = 1024 * 1024 });
    private readonly HashSet<string> _codes = [.. DiagnosticCodes.All.Select(c => c.Code)];
    private readonly List<byte[]> _seeds = Seeds();
    private readonly Gen<byte[]> _gen;
    private long _withSources;
    private long _rejected;

    public PdfSourceTarget()
    {
        Console.WriteLine($"fuzz pdf-source: {_seeds.Count} seed PDFs");
        var edit = Gen.Select(Gen.Int[0, 6], Gen.Double[0, 1], Gen.Int[0, 2000], Gen.Int[0, Tokens.Length - 1]);
        _gen = Gen.Select(Gen.Int[0, _seeds.Count], edit.Array[1, 6], Gen.Byte.Array[0, 4000]).Select((seed, edits, random) =>
        {
            var bytes = seed < _seeds.Count ? _seeds[seed] : [.. "%PDF-1.7\n"u8, .. random];
            foreach (var (kind, where, length, token) in edits)
            {
                bytes = Apply(bytes, kind, where, length, Tokens[token]);
            }

            return bytes;
        });
    }

    public string Name => "pdf-source";

    public string Outcomes => $"{_withSources} gave sources, {_rejected} refused with diagnostics only";

    public byte[] Generate(PCG pcg) => _gen.Generate(pcg, null, out _);

    public void Check(byte[] input)
    {
        var result = _reader.Read(input, "fuzz.pdf");
        if (result.Sources.Count == 0 && result.Diagnostics.Count == 0)
        {
            throw new InvalidOperationException("neither a source nor a diagnostic");
        }

        foreach (var d in result.Diagnostics)
        {
            if (d.Span.Line < 1 || !_codes.Contains(d.Code) || d.Message.Length == 0 || d.ToString().Contains('\n'))
            {
                throw new InvalidOperationException("a diagnostic without a position, a known code or one line: " + d);
            }
        }

        foreach (var source in result.Sources)
        {
            if (source.Bytes.Length > 1024 * 1024 || source.Name.IndexOfAny(['/', '\\', '\n', '\0']) >= 0 || source.Name is "." or "..")
            {
                throw new InvalidOperationException($"a source over the limit or with an unsafe name: '{source.Name}', {source.Bytes.Length} bytes");
            }
        }

        if (result.Sources.Count > 0)
        {
            _withSources++;
        }
        else
        {
            _rejected++;
        }
    }

    private static byte[] Apply(byte[] input, int kind, double where, int length, string token)
    {
        var at = input.Length == 0 ? 0 : (int)(where * input.Length) % (input.Length + 1);
        var count = Math.Min(length, input.Length - at);
        switch (kind)
        {
            case 0 when input.Length > 0:
                var copy = (byte[])input.Clone();
                copy[Math.Min(at, input.Length - 1)] ^= (byte)(1 << (length % 8));
                return copy;
            case 1:
                return [.. input.AsSpan(0, at), .. input.AsSpan(at + count)];
            case 2:
                return [.. input.AsSpan(0, at), .. Encoding.Latin1.GetBytes(token), .. input.AsSpan(at)];
            case 3 when count > 0:
                // A repeated piece: duplicated objects, dictionaries, name-tree entries.
                var piece = input.AsSpan(at, Math.Min(count, 2000)).ToArray();
                var repeated = new List<byte>(input);
                for (var i = 0; i < 1 + length % 20; i++)
                {
                    repeated.InsertRange(at, piece);
                }

                return [.. repeated];
            case 4:
                // Deep nesting of arrays or dictionaries.
                var open = Encoding.ASCII.GetBytes(length % 2 == 0 ? "[" : "<</K ");
                var nested = new List<byte>(input.Length + open.Length * length * 5);
                nested.AddRange(input.AsSpan(0, at).ToArray());
                for (var i = 0; i < length * 5; i++)
                {
                    nested.AddRange(open);
                }

                nested.AddRange(input.AsSpan(at).ToArray());
                return [.. nested];
            case 5:
                return input[..at];
            default:
                return input;
        }
    }

    private static List<byte[]> Seeds()
    {
        static FileAttachment Source(string name, byte[] data, AttachmentRelationship relationship = AttachmentRelationship.Source) =>
            new() { Name = name, Data = data, MimeType = "application/yaml", Relationship = relationship };
        static byte[] Pdf(params FileAttachment[] attachments) =>
            new PdfDocumentWriter().Write([new PageRecording(Briefing.Typesetting.Geometry.Size.A4, [])], new DocumentMetadata { Title = "seed", Attachments = attachments });

        var yaml = Encoding.UTF8.GetBytes(Tests.Samples.SampleBriefs.Minimal);
        return
        [
            Pdf(Source("brief.yaml", yaml)),
            Pdf(Source("z.yaml", yaml), Source("a.yaml", Encoding.UTF8.GetBytes(Tests.Samples.SampleBriefs.Full)), Source("data.csv", yaml, AttachmentRelationship.Data)),
            Pdf(Source("한국어.yaml", yaml)),
            Pdf(Source("zeros.yaml", new byte[2 * 1024 * 1024])),
            Pdf(),
        ];
    }
}
