// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// One of an application's <c>screening_question_answers</c>: a tagged union on <see cref="Type"/> (one of
/// <see cref="ScreeningQuestionType"/>), one sealed record per variant. Kombo nests it as
/// <c>{"question":{"remote_id","title","type"},"answer":{…variant fields…}}</c>
/// (<see cref="ScreeningQuestionAnswerJsonConverter"/>); Orleans keeps the runtime variant.
/// </summary>
/// <remarks>The variants are this assembly's only: the constructor is not visible outside it.</remarks>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question_answer")]
[JsonConverter(typeof(ScreeningQuestionAnswerJsonConverter))]
public abstract record ScreeningQuestionAnswer
{
    private protected ScreeningQuestionAnswer()
    {
    }

    /// <summary><c>question.remote_id</c>: the source's id of the question.</summary>
    public abstract string? QuestionRemoteId { get; init; }

    /// <summary><c>question.title</c>: the question as asked.</summary>
    public abstract string QuestionTitle { get; init; }

    /// <summary><c>question.type</c>: the discriminator (<see cref="ScreeningQuestionType"/>); fixed per variant.</summary>
    public abstract string Type { get; }
}
