namespace Briefing.Composition.Frames.Report;

/// <summary>What every part of a report needs: the composition (brief, language, words), the report's type and its prose.</summary>
internal sealed class ReportComposition
{
    public ReportComposition(ComposeContext context)
    {
        Context = context;
        Styles = ReportStyles.For(context.Profile, context.Theme);
        Prose = new ReportProse(context, Styles);
    }

    /// <summary>The brief, its language and words, the typesetter.</summary>
    public ComposeContext Context { get; }

    /// <summary>The report's type.</summary>
    public ReportStyles Styles { get; }

    /// <summary>The brief's prose as 개조식 items.</summary>
    public ReportProse Prose { get; }
}
