using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Kombo.Orleans.SmartRecruiters.Auth;
using Kombo.Orleans.SmartRecruiters.Budget;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Paging;
using Kombo.Orleans.SmartRecruiters.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Kombo.Orleans.SmartRecruiters.Client;

/// <summary>
/// Sends SmartRecruiters requests the one right way: inside the credential's budget, through the
/// resilience pipeline, authenticated (renewing once on 401), with the server's rate-limit headers
/// fed back to the budget; and reads every paging style leniently, record by record.
/// </summary>
public sealed class SmartRecruitersHttp
{
    private readonly HttpClient _http;
    private readonly SmartRecruitersConnection _connection;
    private readonly ISmartRecruitersAuthenticator _auth;
    private readonly IRequestBudget _budget;
    private readonly ResiliencePipeline _pipeline;
    private long _requestsSent;

    public SmartRecruitersHttp(HttpClient http, SmartRecruitersConnection connection, ISmartRecruitersAuthenticator auth, IRequestBudget budget, TimeProvider? time = null)
    {
        _http = http;
        _connection = connection;
        _auth = auth;
        _budget = budget;
        _pipeline = SmartRecruitersPipeline.Build(connection, budget, time ?? TimeProvider.System);
    }

    /// <summary>Requests put on the wire so far, retries and renewals included.</summary>
    public long RequestsSent => Interlocked.Read(ref _requestsSent);

    /// <summary>GETs a JSON document. <paramref name="endpoint"/> is the route template the budget counts by, e.g. <c>GET /candidates/{id}</c>.</summary>
    public async Task<JsonDocument> GetJsonAsync(string endpoint, string pathAndQuery, RateClass rateClass, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async token => await AttemptAsync(endpoint, pathAndQuery, rateClass, token), cancellationToken);
        }
        catch (TransientResponseException ex)
        {
            throw new SmartRecruitersException(ex.Status, ex.IsThrottle ? "TOO_MANY_REQUESTS" : "UNAVAILABLE", $"Gave up after retries: {ex.Message}", endpoint, ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new SmartRecruitersException(null, "CIRCUIT_OPEN", "SmartRecruiters keeps failing; calls are paused for a moment.", endpoint, ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new SmartRecruitersException(null, "TIMEOUT", $"No answer within {ex.Timeout}.", endpoint, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new SmartRecruitersException(null, "UNREACHABLE", $"SmartRecruiters could not be reached: {ex.Message}", endpoint, ex);
        }
    }

    /// <summary>GETs one record; an unusable body is a <see cref="SmartRecruitersException"/> with code <c>UNUSABLE_RECORD</c>.</summary>
    public async Task<T> GetAsync<T>(string endpoint, string pathAndQuery, RateClass rateClass, CancellationToken cancellationToken)
    {
        using var document = await GetJsonAsync(endpoint, pathAndQuery, rateClass, cancellationToken);
        return Deserialize<T>(document.RootElement, endpoint, 0, out var problem) ?? throw new SmartRecruitersException(null, "UNUSABLE_RECORD", problem!, endpoint);
    }

    /// <summary>An unpaged list: a <c>{content: [...]}</c> envelope, or a bare array when <paramref name="contentProperty"/> is null.</summary>
    public async Task<RecordPage<T>> GetListAsync<T>(string endpoint, string pathAndQuery, RateClass rateClass, CancellationToken cancellationToken,
        string? contentProperty = "content", Func<T, string?>? validate = null)
    {
        using var document = await GetJsonAsync(endpoint, pathAndQuery, rateClass, cancellationToken);
        var root = document.RootElement;
        var items = contentProperty is null ? root : root.ValueKind == JsonValueKind.Object && root.TryGetProperty(contentProperty, out var content) ? content : default;
        var (records, skipped) = ReadRecords(items, endpoint, validate);
        return new RecordPage<T>(records, skipped, null, TotalFound(root));
    }

    /// <summary>
    /// Walks a cursor-paged list (<c>pageId</c>/<c>nextPageId</c>, or the audit API's <c>nextPageId</c>) page by page.
    /// The walk ends on a missing, null or empty cursor or an empty page; a cursor seen before is an error, not a loop.
    /// </summary>
    public async IAsyncEnumerable<RecordPage<T>> CursorPagesAsync<T>(string endpoint, Func<string?, string> pathForCursor, RateClass rateClass,
        [EnumeratorCancellation] CancellationToken cancellationToken, Func<T, string?>? validate = null, string? startCursor = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cursor = startCursor;
        do
        {
            RecordPage<T> page;
            using (var document = await GetJsonAsync(endpoint, pathForCursor(cursor), rateClass, cancellationToken))
            {
                var root = document.RootElement;
                var content = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("content", out var c) ? c : default;
                var (records, skipped) = ReadRecords(content, endpoint, validate);
                var next = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("nextPageId", out var n) && n.ValueKind == JsonValueKind.String
                    ? n.GetString()
                    : null;
                if (string.IsNullOrEmpty(next) || content.ValueKind != JsonValueKind.Array || content.GetArrayLength() == 0)
                {
                    next = null;
                }
                else if (!seen.Add(next))
                {
                    throw new SmartRecruitersCursorLoopException(endpoint, next);
                }

                page = new RecordPage<T>(records, skipped, next, TotalFound(root));
            }

            yield return page;
            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }

    /// <summary>Walks an offset-paged list (<c>offset</c>/<c>limit</c> with <c>totalFound</c>).</summary>
    public async IAsyncEnumerable<RecordPage<T>> OffsetPagesAsync<T>(string endpoint, Func<int, string> pathForOffset, int limit, RateClass rateClass,
        [EnumeratorCancellation] CancellationToken cancellationToken, Func<T, string?>? validate = null)
    {
        var offset = 0;
        while (true)
        {
            RecordPage<T> page;
            int received;
            using (var document = await GetJsonAsync(endpoint, pathForOffset(offset), rateClass, cancellationToken))
            {
                var root = document.RootElement;
                var content = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("content", out var c) ? c : default;
                received = content.ValueKind == JsonValueKind.Array ? content.GetArrayLength() : 0;
                var (records, skipped) = ReadRecords(content, endpoint, validate);
                page = new RecordPage<T>(records, skipped, null, TotalFound(root));
            }

            yield return page;
            offset += received;
            if (received == 0 || received < limit || (page.TotalFound is { } total && offset >= total))
            {
                yield break;
            }
        }
    }

    private async ValueTask<JsonDocument> AttemptAsync(string endpoint, string pathAndQuery, RateClass rateClass, CancellationToken cancellationToken)
    {
        for (var renewals = 0; ; renewals++)
        {
            await using var lease = await _budget.AcquireAsync(endpoint, rateClass, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_connection.BaseUrl, pathAndQuery));
            await _auth.AuthenticateAsync(request, cancellationToken);
            Interlocked.Increment(ref _requestsSent);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            _budget.Observe(endpoint, rateClass, RateLimitObservation.From(response.Headers));

            if (response.StatusCode == HttpStatusCode.Unauthorized && await IsCredentialProblemAsync(response, cancellationToken))
            {
                if (renewals == 0 && await _auth.RenewAsync(request, cancellationToken))
                {
                    continue;
                }

                throw new SmartRecruitersCredentialsInvalidException(endpoint, "SmartRecruiters rejected the credentials.");
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throw new TransientResponseException(response.StatusCode, response.Headers.RetryAfter?.Delta, "429 Too Many Requests");
            }

            if ((int)response.StatusCode >= 500)
            {
                throw new TransientResponseException(response.StatusCode, response.Headers.RetryAfter?.Delta, $"{(int)response.StatusCode} from SmartRecruiters");
            }

            if (!response.IsSuccessStatusCode)
            {
                var error = await ReadErrorAsync(response, cancellationToken);
                throw new SmartRecruitersException(response.StatusCode, error?.Errors?.FirstOrDefault()?.Code, error?.Message ?? response.ReasonPhrase ?? "Request refused.", endpoint);
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            try
            {
                return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            }
            catch (JsonException ex)
            {
                throw new TransientResponseException(response.StatusCode, null, "The response body is not valid JSON.", ex);
            }
        }
    }

    /// <summary>
    /// SmartRecruiters also answers 401 for permission problems on some endpoints ("Candidate access
    /// denied"); only a credential problem is worth renewing for.
    /// </summary>
    private static async Task<bool> IsCredentialProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var error = await ReadErrorAsync(response, cancellationToken);
        var code = error?.Errors?.FirstOrDefault()?.Code;
        if (code is "PERMISSION_DENIED")
        {
            throw new SmartRecruitersException(response.StatusCode, code, error?.Message ?? "Access denied.", response.RequestMessage?.RequestUri?.AbsolutePath ?? "");
        }

        return true;
    }

    private static async Task<ErrorResponseDto?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<ErrorResponseDto>(await response.Content.ReadAsStreamAsync(cancellationToken), SmartRecruitersJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (List<T> Records, List<SkippedRecord> Skipped) ReadRecords<T>(JsonElement items, string endpoint, Func<T, string?>? validate)
    {
        var records = new List<T>();
        var skipped = new List<SkippedRecord>();
        if (items.ValueKind != JsonValueKind.Array)
        {
            return (records, skipped);
        }

        var position = 0;
        foreach (var item in items.EnumerateArray())
        {
            var record = Deserialize<T>(item, endpoint, position, out var problem);
            problem ??= record is null ? "empty record" : validate?.Invoke(record);
            if (problem is null)
            {
                records.Add(record!);
            }
            else
            {
                skipped.Add(new SkippedRecord(endpoint, position, IdOf(item), problem));
            }

            position++;
        }

        return (records, skipped);
    }

    private static T? Deserialize<T>(JsonElement element, string endpoint, int position, out string? problem)
    {
        try
        {
            problem = null;
            return element.Deserialize<T>(SmartRecruitersJson.Options);
        }
        catch (JsonException ex)
        {
            problem = $"{endpoint} record {position}: {ex.Message}";
            return default;
        }
    }

    private static string? IdOf(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    private static int? TotalFound(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("totalFound", out var total) && total.TryGetInt32(out var value) ? value : null;
}
