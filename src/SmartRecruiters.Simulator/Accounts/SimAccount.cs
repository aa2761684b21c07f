using SmartRecruiters.Simulator.Data;
using SmartRecruiters.Simulator.Data.Generation;
using SmartRecruiters.Simulator.Data.Model;
using SmartRecruiters.Simulator.Webhooks;

namespace SmartRecruiters.Simulator.Accounts;

/// <summary>
/// One SmartRecruiters company: its credentials, configuration, users, jobs, candidates, audit log
/// and webhook subscriptions. Every read and write of its data happens under <see cref="Sync"/>.
/// </summary>
public sealed class SimAccount
{
    internal SimAccount(int index, string identifier, string name, ulong seed, AccountConfiguration configuration,
        List<SimUser> users, List<SimJob> jobs, CandidateStore candidates, IdCodec ids, List<SimCredential> credentials)
    {
        Index = index;
        Identifier = identifier;
        Name = name;
        Seed = seed;
        Configuration = configuration;
        Users = users;
        Jobs = jobs;
        Candidates = candidates;
        Ids = ids;
        Credentials = credentials;
        UsersById = users.ToDictionary(u => u.Id);
        JobsById = jobs.ToDictionary(j => j.Id);
    }

    public int Index { get; }

    /// <summary>The company identifier of the public Posting API (<c>/v1/companies/{identifier}/postings</c>).</summary>
    public string Identifier { get; }

    public string Name { get; }

    public ulong Seed { get; }

    public Lock Sync { get; } = new();

    /// <summary>Moves on every change, so derived answers (list totals) can be cached until the data changes.</summary>
    public long Version { get; private set; }

    public void Touch() => Version++;

    /// <summary>Moves when something changes how generated candidates look (a company-wide tag rename).</summary>
    public long GeneratedDataVersion { get; private set; }

    public void InvalidateGenerated()
    {
        GeneratedDataVersion++;
        Touch();
    }

    public AccountConfiguration Configuration { get; }

    public List<SimUser> Users { get; }

    public Dictionary<string, SimUser> UsersById { get; }

    /// <summary>Ordered by id (the order of <c>GET /jobs?sort=job_id</c>).</summary>
    public List<SimJob> Jobs { get; }

    public Dictionary<string, SimJob> JobsById { get; }

    public CandidateStore Candidates { get; }

    public IdCodec Ids { get; }

    public List<SimCredential> Credentials { get; }

    public AuditLog Audit { get; } = new();

    public WebhookRegistry Webhooks { get; } = new();

    public List<(string Id, string Content, DateTimeOffset CreatedOn)> Messages { get; } = [];

    public SimJobAd? FindAdByPostingUuid(string uuid) =>
        Jobs.SelectMany(j => j.Ads).FirstOrDefault(a => string.Equals(a.PostingUuid, uuid, StringComparison.OrdinalIgnoreCase));

    public SimJob? JobOfAd(SimJobAd ad) => Jobs.FirstOrDefault(j => j.Ads.Contains(ad));
}
