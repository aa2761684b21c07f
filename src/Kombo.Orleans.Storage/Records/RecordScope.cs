namespace Kombo.Orleans.Storage.Records;

/// <summary>One unified model of one integration, e.g. (<c>smartrecruiters:acme</c>, <c>candidates</c>).</summary>
public sealed record RecordScope
{
    public RecordScope(string integrationId, string model)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(integrationId);
        if (integrationId.Length > 200)
        {
            throw new ArgumentException("An integration id has at most 200 characters.", nameof(integrationId));
        }

        if (!RecordModelName.IsValid(model))
        {
            throw new ArgumentException($"'{model}' is not a model name (lower-case letters, digits and '_', at most 63).", nameof(model));
        }

        IntegrationId = integrationId;
        Model = model;
    }

    public string IntegrationId { get; }

    public string Model { get; }

    public override string ToString() => $"{IntegrationId}/{Model}";
}
