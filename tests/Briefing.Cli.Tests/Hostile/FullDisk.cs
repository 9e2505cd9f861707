namespace Briefing.Cli.Tests.Hostile;

/// <summary>A file on a device that fills up: the first bytes are written, then every write fails with ENOSPC.</summary>
internal sealed class FullDisk(string path, int capacity) : Stream
{
    private readonly FileStream _file = new(path, FileMode.CreateNew, FileAccess.Write);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _file.Length;

    public override long Position { get => _file.Position; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var room = (int)Math.Max(0, capacity - _file.Length);
        _file.Write(buffer[..Math.Min(room, buffer.Length)]);
        if (buffer.Length > room)
        {
            throw new IOException("No space left on device");
        }
    }

    public override void Flush() => _file.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
