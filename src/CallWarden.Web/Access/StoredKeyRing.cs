using System.Xml.Linq;
using CallWarden.Data;
using CallWarden.Data.Access;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Access;

/// <summary>
/// The Data Protection key ring in the CallWarden store: every node of a deployment reads the same
/// keys, and a cookie of another deployment (another store) cannot be decrypted here. The key
/// manager creates, rotates (every 90 days by default) and expires the keys; this only stores them.
/// </summary>
internal sealed class StoredKeyRing(IDbContextFactory<CallWardenDbContext> contexts) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return [.. db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = contexts.CreateDbContext();
        db.DataProtectionKeys.Add(new StoredKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
