using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using SmartRecruiters.Simulator.Hosting;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>
/// A simulator on a real loopback port for one test (or one class through <see cref="SharedSimulator"/>),
/// with helpers for the calls tests make. Time is a <see cref="FakeTimeProvider"/> unless the test
/// asks for real time, so token expiry and rate-limit refills move only when a test says so.
/// </summary>
public sealed class Simulator : IAsyncDisposable
{
    private Simulator(InProcessSimulator host, FakeTimeProvider? time)
    {
        Host = host;
        Time = time;
        Http = host.CreateClient();
        Anonymous = new HttpClient { BaseAddress = host.BaseAddress };
    }

    public InProcessSimulator Host { get; }

    /// <summary>Null when the simulator runs on real time.</summary>
    public FakeTimeProvider? Time { get; }

    /// <summary>Sends the first account's API key.</summary>
    public HttpClient Http { get; }

    /// <summary>Sends no credentials.</summary>
    public HttpClient Anonymous { get; }

    public SimulatorOptions Options => Host.Options;

    public string AccountId => Host.Accounts.Accounts[0].Identifier;

    public static async Task<Simulator> StartAsync(Action<SimulatorOptions>? configure = null, bool fakeTime = true)
    {
        var options = new SimulatorOptions { Candidates = 120, Seed = 7 };
        configure?.Invoke(options);
        var time = fakeTime ? new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero)) : null;
        var host = await InProcessSimulator.StartAsync(options, time, cancellationToken: TestContext.Current.CancellationToken);
        return new Simulator(host, time);
    }

    public HttpClient ClientWithKey(string apiKey)
    {
        var client = new HttpClient { BaseAddress = Host.BaseAddress };
        client.DefaultRequestHeaders.Add("X-SmartToken", apiKey);
        return client;
    }

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty body.");
    }

    public async Task<JsonNode> GetJsonAsync(string path, HttpClient? client = null)
    {
        using var response = await (client ?? Http).GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return await JsonAsync(response);
    }

    /// <summary>Calls the control API (<c>/_sim/…</c>).</summary>
    public async Task<HttpResponseMessage> ControlAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }

        return await Anonymous.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>A credential with exactly these scopes (and admin or not), as an API key.</summary>
    public async Task<string> CreateApiKeyAsync(string[] scopes, bool admin = false, string? account = null)
    {
        using var response = await ControlAsync(HttpMethod.Post, $"/_sim/accounts/{account ?? AccountId}/credentials", new { scopes, admin });
        response.EnsureSuccessStatusCode();
        return (await JsonAsync(response))["apiKey"]!.GetValue<string>();
    }

    /// <summary>The first listed candidate and its primary job.</summary>
    public async Task<(string CandidateId, string JobId)> FirstCandidateAsync()
    {
        var page = await GetJsonAsync("/candidates?limit=1");
        var candidate = page["content"]![0]!;
        return (candidate["id"]!.GetValue<string>(), candidate["primaryAssignment"]!["job"]!["id"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Anonymous.Dispose();
        await Host.DisposeAsync();
    }
}
