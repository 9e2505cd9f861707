using System.Runtime.InteropServices;

namespace Briefing.Cli.Launching;

/// <summary>
/// The C library calls of the launcher check and the handover: the file times the shell's <c>test -nt</c> compares,
/// and running the launcher again in this process. Linked directly into the native binary
/// (<c>DirectPInvoke</c> in the project), so no library is looked up at start.
/// </summary>
internal static partial class Libc
{
    private const string Library = "libc";

    /// <summary><c>AT_FDCWD</c>: a relative path is taken from the working directory.</summary>
    public const int CurrentDirectory = -100;

    /// <summary><c>STATX_TYPE | STATX_MTIME</c>: the file type and the modification time.</summary>
    public const uint TypeAndModificationTime = 0x1 | 0x40;

    /// <summary><c>S_IFMT</c> and <c>S_IFDIR</c> of <see cref="Statx.Mode"/>.</summary>
    public const ushort FileTypeMask = 0xF000, DirectoryType = 0x4000;

    /// <summary><c>SIGPIPE</c>, which .NET ignores and <c>execve</c> would pass on ignored.</summary>
    public const int BrokenPipeSignal = 13;

    /// <summary>
    /// <c>statx(2)</c>, following symbolic links as <c>stat(2)</c> (and so <c>test -d</c> and <c>-nt</c>) does.
    /// Its buffer has the same layout on every Linux architecture, unlike <c>struct stat</c>.
    /// </summary>
    [LibraryImport(Library, EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int StatX(int directory, string path, int flags, uint mask, out Statx buffer);

    /// <summary>
    /// <c>statx(2)</c> of <paramref name="path"/> (a null-terminated UTF-8 name) relative to the open folder
    /// <paramref name="directory"/>: the kernel looks up one name instead of every folder of a full path.
    /// </summary>
    [LibraryImport(Library, EntryPoint = "statx", SetLastError = true)]
    public static unsafe partial int StatX(int directory, byte* path, int flags, uint mask, out Statx buffer);

    /// <summary><c>opendir(3)</c> of a null-terminated UTF-8 path: a folder stream, or zero (the cause in the last error).</summary>
    [LibraryImport(Library, EntryPoint = "opendir", SetLastError = true)]
    public static unsafe partial IntPtr OpenDirectory(byte* path);

    /// <summary>
    /// <c>readdir(3)</c>: the next entry of <paramref name="directory"/>, or null at the end (with the last error
    /// zero) or on an error (nonzero). Its name starts at <see cref="EntryNameOffset"/>.
    /// </summary>
    [LibraryImport(Library, EntryPoint = "readdir", SetLastError = true)]
    public static unsafe partial byte* ReadDirectory(IntPtr directory);

    /// <summary><c>dirfd(3)</c>: the file descriptor of a folder stream, for calls relative to it.</summary>
    [LibraryImport(Library, EntryPoint = "dirfd")]
    public static partial int DirectoryDescriptor(IntPtr directory);

    /// <summary><c>closedir(3)</c>.</summary>
    [LibraryImport(Library, EntryPoint = "closedir")]
    public static partial int CloseDirectory(IntPtr directory);

    /// <summary>
    /// Where <c>d_name</c> is in glibc's <c>struct dirent</c> on 64-bit Linux (after <c>d_ino</c>, <c>d_off</c>,
    /// <c>d_reclen</c> and <c>d_type</c>).
    /// </summary>
    public const int EntryNameOffset = 19;

    /// <summary><c>ENOENT</c> and <c>ENOTDIR</c>: nothing, or no folder, at a path.</summary>
    public const int NoSuchEntry = 2, NotADirectory = 20;

    /// <summary><c>execve(2)</c>: returns only when it failed (-1, the cause in the last error).</summary>
    [LibraryImport(Library, EntryPoint = "execve", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int ExecVe(string path, IntPtr[] argv, IntPtr[] envp);

    /// <summary><c>signal(2)</c> with <c>SIG_DFL</c> (a null handler): the signal's default action again.</summary>
    [LibraryImport(Library, EntryPoint = "signal")]
    public static partial IntPtr RestoreDefault(int signal, IntPtr handler);

    /// <summary>The fields of <c>struct statx</c> the check reads (offsets from linux/stat.h; 256 bytes in all).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    public struct Statx
    {
        /// <summary><c>stx_mode</c>: file type and permissions.</summary>
        [FieldOffset(28)]
        public ushort Mode;

        /// <summary><c>stx_mtime.tv_sec</c>.</summary>
        [FieldOffset(112)]
        public long ModifiedSeconds;

        /// <summary><c>stx_mtime.tv_nsec</c>.</summary>
        [FieldOffset(120)]
        public uint ModifiedNanoseconds;
    }
}
