using Briefing.Snapshots.Images;

namespace Briefing.Snapshots.Tests.Images;

public sealed class PdftoppmAvailabilityTests
{
    [Fact]
    public void The_installed_pdftoppm_is_available()
    {
        Assert.True(PageImages.IsAvailable());
    }

    [Fact]
    public void A_program_that_is_not_installed_is_not_available_rather_than_an_exception()
    {
        Assert.False(PageImages.IsAvailable("pdftoppm-that-is-not-installed"));
    }

    [Fact]
    public void The_missing_pdftoppm_message_names_the_package_to_install()
    {
        var error = new PdftoppmMissingException("pdftoppm");

        Assert.Equal("pdftoppm", error.Executable);
        Assert.Contains("'pdftoppm' was not found on PATH", error.Message);
        Assert.Contains("apt-get install poppler-utils", error.Message);
        Assert.Contains("brew install poppler", error.Message);
    }
}
