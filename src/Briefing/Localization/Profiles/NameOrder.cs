namespace Briefing.Localization.Profiles;

/// <summary>Where a person's title goes relative to the name.</summary>
public enum NameOrder
{
    /// <summary>
    /// <c>President Lee Jae Myung</c>: a short formal title before the name; a longer title or a description after
    /// it and a comma (<c>David McGuinty, Minister of National Defence</c>).
    /// </summary>
    TitleFirst,

    /// <summary>
    /// <c>Mark Carney, premier ministre</c>: French lists and tables give the name, then the title in lower
    /// case after a comma (the title before the name, <c>le premier ministre Mark Carney</c>, is for prose,
    /// where the author writes it, article included).
    /// </summary>
    NameCommaTitle,

    /// <summary><c>이재명 대통령</c>: Korean writes a third party's name, then the title.</summary>
    NameFirst,
}
