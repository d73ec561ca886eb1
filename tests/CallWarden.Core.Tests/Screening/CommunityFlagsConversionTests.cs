using CallWarden.Core.Screening;
using CallWarden.Core.Screening.Index;

namespace CallWarden.Core.Tests.Screening;

public sealed class CommunityFlagsConversionTests
{
    [Fact]
    public void Every_index_state_is_the_engine_flag_of_the_same_name()
    {
        foreach (var state in Enum.GetValues<CommunityState>())
        {
            Assert.Equal(state.ToString(), state.ToFlags().ToString());
            Assert.Equal(state, state.ToFlags().ToIndexState());
        }
    }

    [Fact]
    public void Under_review_lives_only_in_the_facts_and_is_dropped_for_the_index()
    {
        Assert.Equal(CommunityState.Labelled, (CommunityFlags.Labelled | CommunityFlags.UnderReview).ToIndexState());
        Assert.Equal(CommunityState.None, CommunityFlags.UnderReview.ToIndexState());
    }
}
