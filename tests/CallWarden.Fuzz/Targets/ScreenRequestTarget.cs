using CallWarden.Web.Screening;
using Microsoft.AspNetCore.Http;

namespace CallWarden.Fuzz.Targets;

/// <summary>
/// The body reader of <c>POST /api/v1/screen</c>, <see cref="ScreenRequestReader"/>, over the input
/// as a JSON body. Bad JSON and bad fields are answered with field errors, never an exception.
/// The content type follows the input's length, so that afl reaches each by adding or removing a
/// byte: JSON, none (read as JSON since issue #9 part 5; it was a 500) or JSON in UTF-16.
/// </summary>
internal sealed class ScreenRequestTarget : IFuzzTarget
{
    public string Name => "screen";

    public void Run(byte[] input)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Post;
        http.Request.ContentType = (input.Length % 3) switch
        {
            0 => "application/json",
            1 => null,
            _ => "application/json; charset=utf-16",
        };
        http.Request.Body = new MemoryStream(input, writable: false);
        http.Request.ContentLength = input.Length;
        var (request, _, errors) = ScreenRequestReader.ReadAsync(http.Request, "CN", FuzzClock.Now, CancellationToken.None).GetAwaiter().GetResult();
        if ((request is null) != errors.Any)
        {
            throw new FuzzFinding("the reader answered with both a request and errors, or neither");
        }
    }
}
