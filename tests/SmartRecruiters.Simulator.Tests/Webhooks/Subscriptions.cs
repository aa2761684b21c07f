namespace SmartRecruiters.Simulator.Tests.Webhooks;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>Calls of the Webhooks API v201907 that webhook tests share.</summary>
public static class Subscriptions
{
    public const string Path = "/webhooks-api/v201907/subscriptions";

    public static async Task<HttpResponseMessage> PostAsync(Simulator sim, object body) =>
        await sim.Http.PostAsJsonAsync(Path, body, TestContext.Current.CancellationToken);

    /// <summary>Creates a subscription and returns its id.</summary>
    public static async Task<string> CreateAsync(Simulator sim, string callbackUrl, string[] events, object? callbackAuthentication = null)
    {
        using var response = await PostAsync(sim, callbackAuthentication is null
            ? new { callbackUrl, events }
            : new { callbackUrl, events, callbackAuthentication });
        var json = await Simulator.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create answered {(int)response.StatusCode}: {json}");
        return json["id"]!.GetValue<string>();
    }

    public static async Task<HttpResponseMessage> ActivateAsync(Simulator sim, string id) =>
        await sim.Http.PutAsync($"{Path}/{id}/activation", null, TestContext.Current.CancellationToken);

    /// <summary>Creates a subscription to <paramref name="events"/> at the receiver and activates it.</summary>
    public static async Task<string> CreateActiveAsync(Simulator sim, WebhookReceiver receiver, string[] events, object? callbackAuthentication = null)
    {
        var id = await CreateAsync(sim, receiver.CallbackUrl, events, callbackAuthentication);
        using var activation = await ActivateAsync(sim, id);
        Assert.Equal(HttpStatusCode.NoContent, activation.StatusCode);
        await receiver.NextHandshakeAsync();
        return id;
    }

    /// <summary>Creates a secret key for the subscription; deliveries are signed from then on.</summary>
    public static async Task<string> CreateSecretKeyAsync(Simulator sim, string id)
    {
        using var response = await sim.Http.PostAsync($"{Path}/{id}/secret-key", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Simulator.JsonAsync(response))["secretKey"]!.GetValue<string>();
    }

    public static async Task<JsonArray> CallbacksLogAsync(Simulator sim, string id) =>
        (await sim.GetJsonAsync($"{Path}/{id}/callbacks-log")).AsArray();

    /// <summary>The callbacks log once it holds at least <paramref name="count"/> attempts (entries are written after the receiver answers).</summary>
    public static Task<JsonArray> CallbacksLogWithAsync(Simulator sim, string id, int count) =>
        Eventually.UntilAsync(() => CallbacksLogAsync(sim, id), log => log.Count >= count, $"callbacks log of {id} holds {count} attempts");
}
