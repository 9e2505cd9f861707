namespace Briefing.Localization.Profiles;

/// <summary>Where a person's title goes relative to the name.</summary>
public enum NameOrder
{
    /// <summary><c>President Lee Jae Myung</c>, <c>le premier ministre Mark Carney</c>.</summary>
    TitleFirst,

    /// <summary><c>이재명 대통령</c>: Korean writes a third party's name, then the title.</summary>
    NameFirst,
}
