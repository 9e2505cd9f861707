using CsCheck;

namespace Briefing.Fuzz;

/// <summary>
/// One thing to fuzz. A case is bytes (what findings/ and the corpus hold): generated from a seed, or
/// read back from a file, and checked the same way either way.
/// </summary>
internal interface IFuzzTarget
{
    /// <summary>The name given with <c>--target</c>, and the corpus folder's.</summary>
    string Name { get; }

    /// <summary>How the cases ended, for the summary line.</summary>
    string Outcomes { get; }

    /// <summary>Generates one case from <paramref name="pcg"/>, which it advances: the same state gives the same bytes.</summary>
    byte[] Generate(PCG pcg);

    /// <summary>Runs one case; any exception is a finding.</summary>
    void Check(byte[] input);
}
