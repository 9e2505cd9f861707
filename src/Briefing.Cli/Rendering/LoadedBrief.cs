using Briefing.Model;
using Briefing.Typesetting.Pdf.Attachments;

namespace Briefing.Cli.Rendering;

/// <summary>A brief after loading: null when it has errors (or must be skipped), with the languages to render.</summary>
internal sealed class LoadedBrief(string file, Brief? brief, IReadOnlyList<string> languages, BriefOutcome outcome, FileAttachment? source = null)
{
    /// <summary>The brief's source as it is embedded in its PDFs, or null when it has none.</summary>
    public FileAttachment? Source { get; } = source;

    /// <summary>The renderer and coverage check of the brief's theme, or null for the default look.</summary>
    public ThemedServices? Themed { get; init; }

    /// <summary>The file as given on the command line (or found in a folder).</summary>
    public string File { get; } = file;

    /// <summary>The brief, or null when it is not to be rendered.</summary>
    public Brief? Brief { get; private set; } = brief;

    /// <summary>The languages to render it in.</summary>
    public IReadOnlyList<string> Languages { get; private set; } = languages;

    /// <summary>What happened to it so far.</summary>
    public BriefOutcome Outcome { get; } = outcome;

    /// <summary>Drops the brief from rendering (its problem is already in <see cref="Outcome"/>).</summary>
    public void Skip()
    {
        Brief = null;
        Languages = [];
    }
}
