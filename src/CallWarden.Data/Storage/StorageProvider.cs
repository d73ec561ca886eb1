namespace CallWarden.Data.Storage;

public enum StorageProvider
{
    /// <summary>An embedded file: one process on one machine.</summary>
    Sqlite,

    /// <summary>A shared server: several stateless nodes.</summary>
    Postgres,
}
