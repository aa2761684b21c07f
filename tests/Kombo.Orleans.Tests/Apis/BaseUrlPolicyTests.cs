namespace Kombo.Orleans.Tests.Apis;

using Kombo.Orleans.Silo.Apis;
using Microsoft.Extensions.Options;

public sealed class BaseUrlPolicyTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("https://api.smartrecruiters.com", true)]
    [InlineData("https://api.smartrecruiters.com/", true)]
    [InlineData("https://api.smartrecruiters.com.evil.example/", false)]
    [InlineData("http://api.smartrecruiters.com/", false)]
    [InlineData("https://sandbox.example.com/sr", true)]
    [InlineData("https://sandbox.example.com/sr/v1", true)]
    [InlineData("https://sandbox.example.com/srx", false)]
    [InlineData("https://sandbox.example.com:8443/sr", false)]
    [InlineData("http://sandbox.example.com/sr", false)]
    [InlineData("https://any-port.internal:9999/", true)]
    [InlineData("http://127.0.0.1:5090/", false)]
    [InlineData("https://user:pw@sandbox.example.com/sr", false)]
    [InlineData("file:///etc/passwd", false)]
    public void Configured_prefixes_and_hosts_replace_the_default_allowlist_but_production_stays_allowed(string? url, bool allowed)
    {
        var options = Options.Create(new ApiOptions { AllowedBaseUrls = ["https://sandbox.example.com/sr", "any-port.internal"] });
        var policy = new BaseUrlPolicy(options, new BaseUrlPolicy.Defaults(["127.0.0.1"]));

        var (parsed, problem) = policy.Check(url);

        Assert.Equal(allowed, problem is null);
        Assert.Equal(allowed, parsed is not null);
    }

    [Fact]
    public void The_embedded_default_allows_loopback_on_any_port()
    {
        var policy = new BaseUrlPolicy(Options.Create(new ApiOptions()), new BaseUrlPolicy.Defaults(["127.0.0.1", "localhost"]));

        Assert.Null(policy.Check("http://127.0.0.1:5090/").Problem);
        Assert.Null(policy.Check("http://localhost:1234/").Problem);
        Assert.NotNull(policy.Check("http://10.0.0.1/").Problem);
    }
}
