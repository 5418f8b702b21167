using System.Net.Sockets;

namespace NeuralKatas.Grader.Server;

/// <summary>
/// The client's end of a grade server: sends one request and takes the report back, or says why
/// there is none. It never throws for anything the server does: a server that is not there, is
/// someone else's, dies, hangs past <c>patience</c> or answers nonsense only means the client
/// grades the submission itself.
/// </summary>
public static class GradeServerClient
{
    /// <summary>Asks the server at <paramref name="address"/> to grade <paramref name="request"/>, waiting at most <paramref name="patience"/> for the answer.</summary>
    public static ServerAnswer Ask(GradeServerAddress address, GradeRequest request, TimeSpan patience)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(request);
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            // No socket file, or a file nobody listens on (a server that died): a new server will remove it.
            socket.Connect(new UnixDomainSocketEndPoint(address.Socket));
        }
        catch (SocketException)
        {
            return ServerAnswer.Unreachable;
        }

        try
        {
            if (!PeerCredentials.Trusted(socket))
            {
                return ServerAnswer.Unusable;
            }

            // A request is small, so a server that does not take it within a minute is stuck.
            socket.SendTimeout = (int)TimeSpan.FromMinutes(1).TotalMilliseconds;
            socket.ReceiveTimeout = (int)Math.Min(int.MaxValue, patience.TotalMilliseconds);
            GradeServerWire.Send(socket, request);
            var response = GradeServerWire.Receive<GradeResponse>(socket, GradeServerWire.MaxResponseBytes);
            return response is { Report: { } report, Error: null } && response.Id == request.Id && Whole(report)
                ? new ServerAnswer(report, false)
                : ServerAnswer.Unusable;
        }
        catch (Exception error) when (error is SocketException or IOException or ObjectDisposedException)
        {
            return ServerAnswer.Unusable;
        }
    }

    // A document that parses but misses parts a report always has is not believed either.
    private static bool Whole(Scoring.GradeReport report) =>
        report.Submission is not null && report.Katas is not null && report.Katas.All(k => k is { Id: not null, Title: not null, Tests: not null, Diagnostics: not null } && k.Tests.All(t => t is { Name: not null, Message: not null, Output: not null }));
}
