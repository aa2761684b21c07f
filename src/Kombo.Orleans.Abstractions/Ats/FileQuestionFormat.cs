// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// FILE: <c>{type, accepted_mime_types, max_file_size_bytes}</c>. <see cref="AcceptedMimeTypes"/> is never
/// null; empty means the source states no restriction.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question_format.file")]
[JsonConverter(typeof(ScreeningQuestionFormatJsonConverter))]
public sealed record FileQuestionFormat(
    IReadOnlyList<string> AcceptedMimeTypes,
    long? MaxFileSizeBytes) : ScreeningQuestionFormat
{
    public override string Type => ScreeningQuestionType.File;
}
