namespace SmartRecruiters.Simulator.Data.Mutations;

/// <summary>A change either happened or was refused with SmartRecruiters' status and error code.</summary>
public sealed record MutationResult(int? ErrorStatus, string? ErrorCode, string? ErrorMessage)
{
    public static readonly MutationResult Ok = new(null, null, null);

    public bool Succeeded => ErrorStatus is null;

    public static MutationResult Fail(int status, string code, string message) => new(status, code, message);

    public IResult ToErrorResult() => Api.SrErrors.Error(ErrorStatus!.Value, ErrorCode!, ErrorMessage!);
}
