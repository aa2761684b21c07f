using SmartRecruiters.Simulator.Auth;
using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Api.Configuration;

/// <summary><c>/configuration/…</c>: hiring processes, rejection and withdrawal reasons, departments.</summary>
public static class ConfigurationApi
{
    public static IEndpointRouteBuilder MapConfigurationApi(this IEndpointRouteBuilder app)
    {
        var configuration = app.MapGroup("/configuration");
        configuration.MapGet("/hiring-processes", HiringProcesses).Sr(Scopes.ConfigurationRead);
        configuration.MapGet("/hiring-processes/{id}", HiringProcess).Sr(Scopes.ConfigurationRead);
        configuration.MapGet("/rejection-reasons", (HttpContext c) => Labels(c, a => a.Configuration.RejectionReasons)).Sr(Scopes.ConfigurationRead);
        configuration.MapGet("/withdrawal-reasons", (HttpContext c) => Labels(c, a => a.Configuration.WithdrawalReasons)).Sr(Scopes.ConfigurationRead);
        configuration.MapGet("/departments", Departments).Sr(Scopes.ConfigurationRead);
        configuration.MapGet("/departments/{id}", Department).Sr(Scopes.ConfigurationRead);
        return app;
    }

    private static IResult HiringProcesses(HttpContext context)
    {
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            return Respond.Json(context, CountedList<HiringProcessDto>.Of(account.Configuration.HiringProcesses.Select(HiringProcessDto.From).ToList()));
        }
    }

    private static IResult HiringProcess(HttpContext context, string id)
    {
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            var process = account.Configuration.HiringProcesses.FirstOrDefault(p => p.Id == id);
            return process is null
                ? SrErrors.NotFound("HIRING_PROCESS_NOT_FOUND", "Hiring process not found.")
                : Respond.Json(context, HiringProcessDto.From(process));
        }
    }

    private static IResult Labels(HttpContext context, Func<Accounts.SimAccount, List<SimLabel>> select)
    {
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            return Respond.Json(context, CountedList<IdLabel>.Of(select(account).Select(l => new IdLabel(l.Id, l.Label)).ToList()));
        }
    }

    private static IResult Departments(HttpContext context)
    {
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            return Respond.Json(context, CountedList<DepartmentDto>.Of(account.Configuration.Departments.Select(d => new DepartmentDto(d.Id, d.Label, null)).ToList()));
        }
    }

    private static IResult Department(HttpContext context, string id)
    {
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            var department = account.Configuration.Departments.FirstOrDefault(d => d.Id == id);
            return department is null
                ? SrErrors.NotFound("DEPARTMENT_NOT_FOUND", "Department not found.")
                : Respond.Json(context, new DepartmentDto(department.Id, department.Label, null));
        }
    }
}

public sealed record HiringProcessDto(string Id, string Name, bool Active, SubStatusesDto SubStatuses)
{
    public static HiringProcessDto From(SimHiringProcess p) => new(p.Id, p.Name, p.Active,
        new SubStatusesDto([.. p.SubStatuses["IN_REVIEW"]], [.. p.SubStatuses["INTERVIEW"]], [.. p.SubStatuses["OFFERED"]]));
}

public sealed record SubStatusesDto(
    [property: System.Text.Json.Serialization.JsonPropertyName("IN_REVIEW")] IReadOnlyList<string> InReview,
    [property: System.Text.Json.Serialization.JsonPropertyName("INTERVIEW")] IReadOnlyList<string> Interview,
    [property: System.Text.Json.Serialization.JsonPropertyName("OFFERED")] IReadOnlyList<string> Offered);

public sealed record DepartmentDto(string Id, string Label, string? Description);
