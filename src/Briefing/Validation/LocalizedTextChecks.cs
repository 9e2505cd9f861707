using Briefing.Model;
using Briefing.Validation.Drift;

namespace Briefing.Validation;

/// <summary>
/// The checks every localized text of a brief goes through: coverage of the languages, and translation drift
/// (none when the file already has errors). Either may be left out: drift can run apart, after the rest.
/// </summary>
internal sealed class LocalizedTextChecks(TextCoverage? coverage, TranslationDrift? drift)
{
    public void Check(LocalizedText? text, string path)
    {
        coverage?.Check(text, path);
        drift?.Check(text, path);
    }

    public void Check(LocalizedProse? prose, string path)
    {
        coverage?.Check(prose, path);
        drift?.Check(prose, path);
    }
}
