namespace CallWarden.Web.Pages.MyData;

/// <summary>The fields of <c>/my-data/contact</c>; <see cref="Language"/> is a tag (<c>zh-Hans</c>, <c>zh-Hant</c>, <c>en</c>).</summary>
internal sealed class ContactForm
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Language { get; set; }
}
