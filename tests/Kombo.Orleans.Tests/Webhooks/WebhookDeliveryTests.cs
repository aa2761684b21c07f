namespace Kombo.Orleans.Tests.Webhooks;

using System.Net.Http.Json;
using System.Text.Json;
using Kombo.Orleans.Silo.Hosting;
using Kombo.Orleans.Testing.Api;
using Kombo.Orleans.Testing.Silos;
using Kombo.Orleans.Tests.Apis;
using Microsoft.Extensions.DependencyInjection;

public sealed class WebhookDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Retries in milliseconds, and no rate limit for the delivery-log reads.
    private static SiloSettings FastRetries => new()
    {
        Extra = new Dictionary<string, string>
        {
            ["Kombo:Webhooks:InitialRetryDelay"] = "00:00:00.010",
            ["Kombo:Webhooks:MaxRetryDelay"] = "00:00:00.050",
            ["Kombo:Api:RequestsPerSecond"] = "0",
        },
    };

    [Fact]
    public async Task A_first_sync_sends_signed_sync_finished_and_data_changed_with_the_changed_models()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);
        await using var receiver = await WebhookReceiver.StartAsync();
        var client = host.Client();
        var (webhookId, secret) = await CreateWebhookAsync(client, receiver.Url);

        var integrationId = await ConnectToSimulatorAsync(host, client);
        var finished = await receiver.WaitForAsync(r => r.Is("sync-finished", integrationId));
        var changed = await receiver.WaitForAsync(r => r.Is("data-changed", integrationId));

        Assert.True(WebhookReceiver.Verifies(secret, finished.Body, finished.Signature));
        Assert.True(WebhookReceiver.Verifies(secret, changed.Body, changed.Signature));
        var sync = finished.Data;
        Assert.Equal("SUCCEEDED", sync.GetProperty("sync_state").GetString());
        Assert.Equal("FULL", sync.GetProperty("sync_type").GetString());
        Assert.True(sync.GetProperty("counts").GetProperty("added").GetInt64() > 0);
        Assert.Equal(0, sync.GetProperty("counts").GetProperty("failed").GetInt64());
        Assert.Equal("smartrecruiters", sync.GetProperty("integration_tool").GetString());
        Assert.Equal("ATS", sync.GetProperty("integration_category").GetString());
        Assert.Equal("default", sync.GetProperty("end_user").GetProperty("origin_id").GetString());
        Assert.True(sync.GetProperty("sync_ended_at").GetDateTimeOffset() >= sync.GetProperty("sync_started_at").GetDateTimeOffset());
        Assert.True(sync.GetProperty("sync_duration_seconds").GetDouble() >= 0);
        var models = changed.Data.GetProperty("changed_models").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Contains("ats_candidates", models);
        Assert.Contains("ats_jobs", models);
        Assert.Equal("ATS", changed.Data.GetProperty("integration_category").GetString());
        Assert.NotEqual(finished.Id, changed.Id);

        var log = await DeliveredAsync(client, webhookId, finished.Id);
        Assert.Equal(1, log.GetProperty("attempts").GetInt32());
        Assert.Equal(200, log.GetProperty("last_status_code").GetInt32());
        Assert.Equal("sync-finished", log.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_tampered_body_or_signature_or_the_wrong_secret_does_not_verify()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var upstream = new SilentUpstream();
        var client = host.Client();
        var (_, secret) = await CreateWebhookAsync(client, receiver.Url);
        var integrationId = await host.CreateIntegrationAsync(client, upstream.BaseUrl);

        await ApiAssert.SuccessAsync(await client.PutAsJsonAsync($"/v1/integrations/{integrationId}/enabled", new { value = false }, Ct));
        var received = await receiver.WaitForAsync(r => r.Is("integration-state-changed", integrationId));

        var tamperedBody = received.Body.ToArray();
        tamperedBody[^2] ^= 0x01;
        var tamperedSignature = (received.Signature![0] == 'A' ? "B" : "A") + received.Signature[1..];
        Assert.True(WebhookReceiver.Verifies(secret, received.Body, received.Signature));
        Assert.False(WebhookReceiver.Verifies(secret, tamperedBody, received.Signature));
        Assert.False(WebhookReceiver.Verifies(secret, received.Body, tamperedSignature));
        Assert.False(WebhookReceiver.Verifies(secret + "x", received.Body, received.Signature));
    }

    [Fact]
    public async Task Pausing_an_integration_sends_integration_state_changed_inactive_and_resuming_sends_active()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var upstream = new SilentUpstream();
        var client = host.Client();
        var (_, secret) = await CreateWebhookAsync(client, receiver.Url, "a-secret-chosen-by-the-customer");
        var integrationId = await host.CreateIntegrationAsync(client, upstream.BaseUrl);

        await ApiAssert.SuccessAsync(await client.PutAsJsonAsync($"/v1/integrations/{integrationId}/enabled", new { value = false }, Ct));
        var paused = await receiver.WaitForAsync(r => r.Is("integration-state-changed", integrationId) && r.Data.GetProperty("state").GetString() == "INACTIVE");
        await ApiAssert.SuccessAsync(await client.PutAsJsonAsync($"/v1/integrations/{integrationId}/enabled", new { value = true }, Ct));
        var resumed = await receiver.WaitForAsync(r => r.Is("integration-state-changed", integrationId) && r.Data.GetProperty("state").GetString() == "ACTIVE");

        Assert.Equal("a-secret-chosen-by-the-customer", secret);
        Assert.True(WebhookReceiver.Verifies(secret, paused.Body, paused.Signature));
        Assert.Equal("smartrecruiters", paused.Data.GetProperty("integration_tool").GetString());
        Assert.Equal("default", paused.Data.GetProperty("end_user").GetProperty("origin_id").GetString());
        Assert.Equal(JsonValueKind.String, paused.Data.GetProperty("updated_at").ValueKind);
        Assert.Equal("PASSED", paused.Data.GetProperty("qa_status").GetString());
        Assert.True(resumed.Data.GetProperty("updated_at").GetDateTimeOffset() >= paused.Data.GetProperty("updated_at").GetDateTimeOffset());

        // Pausing cancelled the first sync, which the customer hears about as a failed sync.
        var cancelled = await receiver.WaitForAsync(r => r.Is("sync-finished", integrationId));
        Assert.Equal("FAILED", cancelled.Data.GetProperty("sync_state").GetString());
    }

    [Fact]
    public async Task A_receiver_that_fails_twice_gets_the_event_on_the_third_attempt_and_the_log_shows_three_attempts()
    {
        await using var host = await ApiHost.StartAsync(FastRetries, Ct);
        await using var receiver = await WebhookReceiver.StartAsync(failuresPerEvent: 2);
        await using var upstream = new SilentUpstream();
        var client = host.Client();
        var (webhookId, secret) = await CreateWebhookAsync(client, receiver.Url);
        var integrationId = await host.CreateIntegrationAsync(client, upstream.BaseUrl);

        await ApiAssert.SuccessAsync(await client.PutAsJsonAsync($"/v1/integrations/{integrationId}/enabled", new { value = false }, Ct));
        var delivered = await receiver.WaitForAsync(r => r.Is("integration-state-changed", integrationId));

        Assert.Equal(3, delivered.Attempt);
        var attempts = receiver.Received.Where(r => r.Id == delivered.Id).ToList();
        Assert.Equal([false, false, true], attempts.Select(a => a.Answered2xx));
        Assert.Single(attempts.Select(a => a.Signature).Distinct());
        Assert.All(attempts, a => Assert.True(WebhookReceiver.Verifies(secret, a.Body, a.Signature)));
        var log = await DeliveredAsync(client, webhookId, delivered.Id);
        Assert.Equal(3, log.GetProperty("attempts").GetInt32());
        Assert.Equal(200, log.GetProperty("last_status_code").GetInt32());
        Assert.Equal(JsonValueKind.Null, log.GetProperty("last_error").ValueKind);
        Assert.Equal(JsonValueKind.String, log.GetProperty("delivered_at").ValueKind);
    }

    [Fact]
    public async Task An_endpoint_that_never_succeeds_is_given_up_after_the_configured_attempts()
    {
        var settings = FastRetries with { Extra = new Dictionary<string, string>(FastRetries.Extra) { ["Kombo:Webhooks:MaxAttempts"] = "3" } };
        await using var host = await ApiHost.StartAsync(settings, Ct);
        await using var receiver = await WebhookReceiver.StartAsync(failuresPerEvent: int.MaxValue);
        await using var upstream = new SilentUpstream();
        var client = host.Client();
        var (webhookId, _) = await CreateWebhookAsync(client, receiver.Url);
        var integrationId = await host.CreateIntegrationAsync(client, upstream.BaseUrl);

        await ApiAssert.SuccessAsync(await client.PutAsJsonAsync($"/v1/integrations/{integrationId}/enabled", new { value = false }, Ct));
        var log = await FinishedAsync(client, webhookId, "integration-state-changed");

        Assert.Equal("FAILED", log.GetProperty("status").GetString());
        Assert.Equal(3, log.GetProperty("attempts").GetInt32());
        Assert.Equal(500, log.GetProperty("last_status_code").GetInt32());
        Assert.Contains("500", log.GetProperty("last_error").GetString());
        Assert.Equal(JsonValueKind.Null, log.GetProperty("delivered_at").ValueKind);
        Assert.Equal(3, receiver.Received.Count(r => r.Type == "integration-state-changed"));
    }

    internal static async Task<(string Id, string Secret)> CreateWebhookAsync(HttpClient client, Uri url, string? secret = null)
    {
        var body = secret is null ? (object)new { url = url.AbsoluteUri } : new { url = url.AbsoluteUri, secret };
        var created = await ApiAssert.SuccessAsync(await client.PostAsJsonAsync("/v1/webhooks", body, Ct));
        return (created.GetProperty("id").GetString()!, created.GetProperty("secret").GetString()!);
    }

    private static async Task<string> ConnectToSimulatorAsync(ApiHost host, HttpClient client)
    {
        var simulator = host.Silo.Services.GetRequiredService<EmbeddedSimulatorService>();
        var created = await ApiAssert.SuccessAsync(await client.PostAsJsonAsync("/v1/integrations", new
        {
            tool = "smartrecruiters",
            credentials = new { api_key = simulator.ApiKey },
            base_url = simulator.BaseAddress!.AbsoluteUri,
            company_identifier = simulator.AccountIdentifier,
        }, Ct));
        return created.GetProperty("id").GetString()!;
    }

    /// <summary>
    /// The log line of an event the receiver already answered: the grain records the answer just after it, so
    /// this reads until the line has left PENDING (a handful of reads; the test's token bounds it).
    /// </summary>
    private static async Task<JsonElement> DeliveredAsync(HttpClient client, string webhookId, string eventId)
    {
        while (true)
        {
            Ct.ThrowIfCancellationRequested();
            var log = await ApiAssert.SuccessAsync(await client.GetAsync($"/v1/webhooks/{webhookId}/deliveries", Ct));
            var line = log.EnumerateArray().Single(d => d.GetProperty("event_id").GetString() == eventId);
            if (line.GetProperty("status").GetString() != "PENDING")
            {
                Assert.Equal("DELIVERED", line.GetProperty("status").GetString());
                return line;
            }
        }
    }

    private static async Task<JsonElement> FinishedAsync(HttpClient client, string webhookId, string type)
    {
        while (true)
        {
            Ct.ThrowIfCancellationRequested();
            var log = await ApiAssert.SuccessAsync(await client.GetAsync($"/v1/webhooks/{webhookId}/deliveries", Ct));
            if (log.EnumerateArray().FirstOrDefault(d => d.GetProperty("type").GetString() == type && d.GetProperty("status").GetString() != "PENDING") is { ValueKind: JsonValueKind.Object } line)
            {
                return line;
            }
        }
    }
}
