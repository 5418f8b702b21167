using System.Net.Sockets;
using System.Text;
using NeuralKatas.Grader.Server;

namespace NeuralKatas.Tests.Server;

/// <summary>
/// Something listening on a grade server's socket that is not a working grade server: it reads
/// each request to its end, then answers with <c>answer</c>'s bytes (nothing at all: it hangs up).
/// </summary>
public sealed class FakeServer : IDisposable
{
    private readonly Socket listener = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
    private readonly Thread thread;
    private int connections;

    /// <summary>Listens at <paramref name="address"/>; <paramref name="answer"/> makes the bytes to send back from the request's.</summary>
    public FakeServer(GradeServerAddress address, Func<byte[], byte[]> answer)
    {
        Assert.That(address.Prepare(), Is.True);
        listener.Bind(new UnixDomainSocketEndPoint(address.Socket));
        listener.Listen(4);
        thread = new Thread(() => Serve(answer)) { IsBackground = true, Name = "fake grade server" };
        thread.Start();
    }

    /// <summary>How many connections it has taken.</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <summary>Answers with this text.</summary>
    public static Func<byte[], byte[]> Text(string text) => _ => Encoding.UTF8.GetBytes(text);

    /// <inheritdoc/>
    public void Dispose()
    {
        listener.Dispose();
        thread.Join(TimeSpan.FromSeconds(5));
    }

    private void Serve(Func<byte[], byte[]> answer)
    {
        while (true)
        {
            Socket connection;
            try
            {
                connection = listener.Accept();
            }
            catch (Exception error) when (error is SocketException or ObjectDisposedException)
            {
                return;
            }

            using (connection)
            {
                Interlocked.Increment(ref connections);
                using var request = new MemoryStream();
                var buffer = new byte[4096];
                int read;
                while ((read = connection.Receive(buffer)) > 0)
                {
                    request.Write(buffer, 0, read);
                }

                var reply = answer(request.ToArray());
                if (reply.Length > 0)
                {
                    connection.Send(reply);
                }

                connection.Shutdown(SocketShutdown.Both);
            }
        }
    }
}
