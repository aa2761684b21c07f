namespace SmartRecruiters.Simulator.Tests.Webhooks;

using SmartRecruiters.Simulator.Webhooks;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void the_signature_matches_the_worked_example_of_the_specification()
    {
        var signature = WebhookSignature.Compute(
            "HeBVky2bccvvkcXPimH8c",
            "1574080897",
            """{"job_id":"jid","candidate_id":"cid"}""",
            "123",
            "application.created",
            "v201910",
            "<http://smartrecruiters.com/endpoint>; rel=self");

        Assert.Equal("v1=2e9291f10d44ca10204a4cd81b05d73b6a316b2b605d4e2e0e0b37b40198ce1f", signature);
    }

    [Fact]
    public void an_absent_link_signs_as_an_empty_last_part()
    {
        var withoutLink = WebhookSignature.Compute("key", "1", "{}", "e", "candidate.deleted", "v201910", null);
        var withEmptyLink = WebhookSignature.Compute("key", "1", "{}", "e", "candidate.deleted", "v201910", "");

        Assert.Equal(withEmptyLink, withoutLink);
        Assert.Matches("^v1=[0-9a-f]{64}$", withoutLink);
    }
}
