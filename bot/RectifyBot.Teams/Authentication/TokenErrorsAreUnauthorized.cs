using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;

namespace RectifyBot.Teams.Authentication;

/// <summary>
/// CloudAdapter turns only UnauthorizedAccessException into 401; IdentityModel reports a malformed or
/// wrongly signed token as SecurityTokenException or ArgumentException, which would escape as 500.
/// This decorator makes every token error a 401 and leaves configuration errors alone.
/// </summary>
public sealed class TokenErrorsAreUnauthorized(BotFrameworkAuthentication inner) : DelegatingBotFrameworkAuthentication(inner)
{
    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Guard(() => Inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Guard(() => Inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        Guard(() => Inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken));

    private static async Task<T> Guard<T>(Func<Task<T>> authenticate)
    {
        try
        {
            return await authenticate().ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTokenError(ex))
        {
            throw new UnauthorizedAccessException("The request's token is not valid.", ex);
        }
    }

    private static bool IsTokenError(Exception ex) => ex switch
    {
        SecurityTokenException => true,
        // JwtSecurityTokenHandler and JsonWebTokenHandler reject unreadable tokens with ArgumentException.
        ArgumentException => true,
        FormatException => true,
        _ => false,
    };
}
