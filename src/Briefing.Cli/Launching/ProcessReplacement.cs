using System.Collections;
using System.Runtime.InteropServices;

namespace Briefing.Cli.Launching;

/// <summary>
/// Replaces this process with another program (<c>execve</c>), as the launcher check does when the build is
/// stale and the lean binary does when it hands a PDF command to the full one: the user's standard streams,
/// exit code and signals are then the other program's, with nothing in between.
/// </summary>
internal static class ProcessReplacement
{
    /// <summary>
    /// Runs <paramref name="path"/> with <paramref name="argv"/> (its own name first) in place of this process,
    /// with this process's environment (as .NET sees it, so a variable removed with
    /// <see cref="Environment.SetEnvironmentVariable(string, string?)"/> stays removed) plus
    /// <paramref name="addedVariable"/>. Returns only when that failed, with the system's reason.
    /// </summary>
    public static string Exec(string path, IReadOnlyList<string> argv, string addedVariable)
    {
        var environment = new List<string>();
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            environment.Add($"{variable.Key}={variable.Value}");
        }

        environment.Add(addedVariable);

        // .NET ignores SIGPIPE, and an ignored signal stays ignored across execve: the shell, the build and
        // the other binary's own child processes would inherit it.
        Libc.RestoreDefault(Libc.BrokenPipeSignal, IntPtr.Zero);
        Console.Error.Flush();
        Console.Out.Flush();
        var argvPointers = ToCStrings(argv);
        var environmentPointers = ToCStrings(environment);
        try
        {
            Libc.ExecVe(path, argvPointers, environmentPointers);
            return Marshal.GetLastPInvokeErrorMessage();
        }
        finally
        {
            Free(argvPointers);
            Free(environmentPointers);
        }
    }

    // A null-terminated array of null-terminated UTF-8 strings, as execve takes them.
    private static IntPtr[] ToCStrings(IReadOnlyList<string> strings)
    {
        var pointers = new IntPtr[strings.Count + 1];
        for (var i = 0; i < strings.Count; i++)
        {
            pointers[i] = Marshal.StringToCoTaskMemUTF8(strings[i]);
        }

        return pointers;
    }

    private static void Free(IntPtr[] pointers)
    {
        foreach (var pointer in pointers)
        {
            Marshal.FreeCoTaskMem(pointer);
        }
    }
}
