namespace Kombo.Orleans.Silo.Apis;

/// <summary>Kombo's error codes the API answers with (clients branch on these, not on HTTP statuses or messages).</summary>
internal static class ApiErrorCodes
{
    public const string InputInvalid = "PLATFORM.INPUT_INVALID";
    public const string AuthenticationInvalid = "PLATFORM.AUTHENTICATION_INVALID";
    public const string IntegrationNotFound = "PLATFORM.INTEGRATION_NOT_FOUND";
    public const string RateLimitExceeded = "PLATFORM.RATE_LIMIT_EXCEEDED";
    public const string Unknown = "PLATFORM.UNKNOWN_ERROR";
    public const string ModelDisabled = "INTEGRATION.MODEL_DISABLED";
    public const string Inactive = "INTEGRATION.INACTIVE";
    public const string IntegrationAuthenticationInvalid = "INTEGRATION.AUTHENTICATION_INVALID";
}
