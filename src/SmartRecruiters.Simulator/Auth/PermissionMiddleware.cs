using SmartRecruiters.Simulator.Api;

namespace SmartRecruiters.Simulator.Auth;

/// <summary>Checks the caller's scopes (and, for the audit API, the administrator role) against the endpoint's.</summary>
public sealed class PermissionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (SimEndpoints.Operation(context) is { Public: false } operation && SimCaller.Of(context) is { } caller)
        {
            if ((operation.Scope is { } scope && !caller.Credential.HasScope(scope) && !(operation.OrScope is { } alternative && caller.Credential.HasScope(alternative)))
                || (operation.AlsoRequires is { } second && !caller.Credential.HasScope(second)))
            {
                await SrErrors.WriteAsync(context, operation.DeniedStatus, operation.DeniedCode, operation.DeniedMessage);
                return;
            }

            if (operation.AdminOnly && !caller.Credential.IsAdmin)
            {
                await SrErrors.WriteAsync(context, StatusCodes.Status403Forbidden, "PERMISSION_DENIED",
                    "Audit events access forbidden. ADMINISTRATOR role is required.");
                return;
            }
        }

        await next(context);
    }
}
