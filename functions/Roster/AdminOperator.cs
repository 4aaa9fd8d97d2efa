using Microsoft.AspNetCore.Http;

namespace RectifyBot.Functions.Roster;

/// <summary>
/// Who calls an admin function: a function key alone says nothing about who, so every admin call names its operator
/// (staff number, ?operator= or the X-Rectify-Operator header), who must be allowed by the access policy.
/// </summary>
internal static class AdminOperator
{
    public const string Header = "X-Rectify-Operator";

    public static string? NumberOf(HttpRequest request)
    {
        var value = request.Query["operator"].ToString();
        if (string.IsNullOrWhiteSpace(value))
        {
            value = request.Headers[Header].ToString();
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
