using CallWarden.Data.Stats;
using CallWarden.Web.Stats.OpenData;

namespace CallWarden.Web.Stats;

/// <summary>
/// What the statistics page and its downloads serve: the follower's current figures with their open
/// data files, written once per build of the figures rather than once per request.
/// </summary>
internal sealed class PublishedStatistics(PublicStatisticsFollower follower)
{
    private OpenDataFiles? _files;

    public async Task<OpenDataFiles> CurrentAsync()
    {
        var statistics = await follower.EnsureBuiltAsync().ConfigureAwait(false);
        var files = Volatile.Read(ref _files);
        if (!ReferenceEquals(files?.Statistics, statistics))
        {
            // Two requests may both write the new files; either result is the same, and the last one stays.
            files = OpenDataFiles.Of(statistics);
            Volatile.Write(ref _files, files);
        }

        return files;
    }
}
