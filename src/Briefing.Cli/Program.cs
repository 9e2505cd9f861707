namespace Briefing.Cli;

/// <summary>The entry point of the <c>brief</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit code.</summary>
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("brief: not implemented yet");
        return args.Length == 0 ? 2 : 2;
    }
}
