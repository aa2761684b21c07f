using System.Text.RegularExpressions;
using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Data.Mutations;

/// <summary>Changes to candidates: creation on a job, personal data, tags, deletion. Callers hold the account's lock.</summary>
public sealed partial class CandidateMutations(AccountEvents events)
{
    public const int MaxTags = 100;
    public const int MaxTagLength = 50;

    /// <summary>Creates a candidate with a NEW application to <paramref name="job"/>; an existing (email, last name) profile gets the application instead.</summary>
    public (SimCandidate Candidate, SimApplication Application, bool Created) CreateOnJob(SimAccount account, SimJob job, PersonalData data, IReadOnlyList<string> tags, string source)
    {
        var now = events.Now;
        var existing = FindByIdentity(account, data.Email!, data.LastName!);
        var created = existing is null;
        var candidate = existing ?? account.Candidates.Add(id => new SimCandidate
        {
            Id = id,
            FirstName = data.FirstName!,
            LastName = data.LastName!,
            Email = data.Email,
            PhoneNumber = data.PhoneNumber,
            Location = data.Location,
            Web = data.Web ?? [],
            Tags = [.. tags.Distinct(StringComparer.Ordinal)],
            CreatedOn = now,
            UpdatedOn = now,
        });

        var application = candidate.ApplicationFor(job.Id);
        if (application is null)
        {
            application = new SimApplication
            {
                ApplicationId = Guid.NewGuid().ToString(),
                CandidateId = candidate.Id,
                JobId = job.Id,
                Status = "NEW",
                Source = source,
                CreatedOn = now,
            };
            application.History.Add(new SimStatusChange(now, "NEW"));
            candidate.Applications.Add(application);
            job.LastActivityOn = now;
            events.Audit(account, "JOB_APPLICATION_CREATED", "APPLICATION", application.ApplicationId,
                new Dictionary<string, string?> { ["candidateId"] = candidate.Id, ["jobId"] = job.Id });
            events.Raise(account, "application.created", ApplicationMutations.Payload(application), $"/candidates/{candidate.Id}/jobs/{job.Id}");
        }

        account.Touch();
        if (created)
        {
            events.Raise(account, "candidate.created", new Dictionary<string, string> { ["id"] = candidate.Id }, $"/candidates/{candidate.Id}");
        }

        return (candidate, application, created);
    }

    /// <summary><c>PATCH /candidates/{id}</c>: a partial update; (email, last name) must stay unique.</summary>
    public MutationResult UpdatePersonal(SimAccount account, SimCandidate candidate, PersonalData data)
    {
        var email = data.Email ?? candidate.Email;
        var lastName = data.LastName ?? candidate.LastName;
        if (email is not null && FindByIdentity(account, email, lastName) is { } other && other.Id != candidate.Id)
        {
            return MutationResult.Fail(409, "CANDIDATE_DATA_CONFLICT", "The combination of email and last name must be unique.");
        }

        candidate.FirstName = data.FirstName ?? candidate.FirstName;
        candidate.LastName = lastName;
        candidate.Email = email;
        candidate.PhoneNumber = data.PhoneNumber ?? candidate.PhoneNumber;
        candidate.Location = data.Location ?? candidate.Location;
        if (data.Web is not null)
        {
            candidate.Web = data.Web;
        }

        Changed(account, candidate);
        return MutationResult.Ok;
    }

    public MutationResult SetTags(SimAccount account, SimCandidate candidate, IReadOnlyList<string> tags, bool replace)
    {
        var result = replace ? tags.Distinct(StringComparer.Ordinal).ToList() : candidate.Tags.Concat(tags).Distinct(StringComparer.Ordinal).ToList();
        if (result.Count > MaxTags || result.Any(t => t.Length > MaxTagLength || t.Length == 0))
        {
            return MutationResult.Fail(400, "TOO_MANY_TAGS", $"Adding too many tags: at most {MaxTags} tags of 1 to {MaxTagLength} characters.");
        }

        candidate.Tags = result;
        events.Audit(account, "CANDIDATE_TAGS_MODIFIED", "CANDIDATE", candidate.Id);
        Changed(account, candidate);
        return MutationResult.Ok;
    }

    public bool Delete(SimAccount account, string candidateId)
    {
        if (!account.Candidates.TryFind(candidateId, out var index) || !account.Candidates.Delete(index))
        {
            return false;
        }

        account.Touch();
        events.Audit(account, "CANDIDATE_DELETED", "CANDIDATE", candidateId);
        events.Raise(account, "candidate.deleted", new Dictionary<string, string> { ["id"] = candidateId }, null);
        return true;
    }

    /// <summary>Renames a tag company-wide (every spelling equal ignoring case); candidates' update times stay as they were.</summary>
    public int RenameTag(SimAccount account, string from, string to)
    {
        account.Configuration.TagRenames[from.ToLowerInvariant()] = to;
        foreach (var key in account.Configuration.TagRenames.Where(r => string.Equals(r.Value, from, StringComparison.OrdinalIgnoreCase)).Select(r => r.Key).ToList())
        {
            account.Configuration.TagRenames[key] = to;
        }

        var renamed = 0;
        // Generated candidates pick the new spelling up through TagRenames; held ones are rewritten.
        foreach (var candidate in account.Candidates.Materialized)
        {
            if (candidate.Tags.Any(t => string.Equals(t, from, StringComparison.OrdinalIgnoreCase)))
            {
                candidate.Tags = candidate.Tags.Select(t => string.Equals(t, from, StringComparison.OrdinalIgnoreCase) ? to : t).Distinct(StringComparer.Ordinal).ToList();
                renamed++;
            }
        }

        account.InvalidateGenerated();
        return renamed;
    }

    private void Changed(SimAccount account, SimCandidate candidate)
    {
        candidate.UpdatedOn = events.Now;
        account.Touch();
        events.Raise(account, "candidate.updated", new Dictionary<string, string> { ["id"] = candidate.Id }, $"/candidates/{candidate.Id}");
    }

    /// <summary>
    /// The candidate with this (email, last name), if any. Generated candidates' emails carry their
    /// index, so a million of them are checked without a scan.
    /// </summary>
    private static SimCandidate? FindByIdentity(SimAccount account, string email, string lastName)
    {
        var match = GeneratedEmail().Match(email);
        if (match.Success && int.TryParse(match.Groups["index"].ValueSpan, out var index) && account.Candidates.Get(index) is { } generated
            && string.Equals(generated.Email, email, StringComparison.OrdinalIgnoreCase) && string.Equals(generated.LastName, lastName, StringComparison.OrdinalIgnoreCase))
        {
            return generated;
        }

        return account.Candidates.Materialized.FirstOrDefault(c =>
            string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase) && string.Equals(c.LastName, lastName, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"(?<index>\d+)@example\.com$", RegexOptions.IgnoreCase)]
    private static partial Regex GeneratedEmail();
}

/// <summary>The personal-details fields of <c>CandidateInput</c> / <c>PersonalDetails</c>; null means "not given".</summary>
public sealed record PersonalData(string? FirstName, string? LastName, string? Email, string? PhoneNumber, SimLocation? Location, Dictionary<string, string>? Web);
