using CallWarden.Core.Registry;

namespace CallWarden.Core.Tests.Registry;

public sealed class BusinessApplicationTests
{
    private static readonly BusinessApplication Good = new(
        " 某某银行 ", "某某銀行", "Example Bank", "91350100m000100y43", "王经理", "010-12345678", "ops@bank.example",
        [new DeclaredLine("95588", BusinessLineKind.CustomerService, MarketingCategories.Loans), new DeclaredLine("13800138000", BusinessLineKind.Marketing, MarketingCategories.None)]);

    [Fact]
    public void A_good_application_is_read_with_a_folded_licence_and_numbers_in_E164()
    {
        var application = Good.Check(out var problems);

        Assert.Empty(problems);
        Assert.Equal(new BusinessName("某某银行", "某某銀行", "Example Bank"), application!.Name);
        Assert.Equal("91350100M000100Y43", application.Licence);
        Assert.Equal(861012345678, application.ContactPhone);
        Assert.Equal(
            [new RegisteredLine(8695588, 0, BusinessLineKind.CustomerService, MarketingCategories.None), new RegisteredLine(8613800138000, 0, BusinessLineKind.Marketing, MarketingCategories.Other)],
            application.Lines);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var bad = new BusinessApplication(
            "", null, new string('x', 101), "91350100M000100Y44", " ", "hello", "not-an-address",
            [new DeclaredLine("13800138000", BusinessLineKind.Marketing, MarketingCategories.Loans), new DeclaredLine("138 0013 8000", BusinessLineKind.None, MarketingCategories.None), new DeclaredLine("abc", BusinessLineKind.CustomerService, MarketingCategories.None)]);

        Assert.Null(bad.Check(out var problems));
        Assert.Equal(
            [
                new ApplicationProblem(ApplicationField.Name, ApplicationProblemKind.Missing),
                new ApplicationProblem(ApplicationField.NameEnglish, ApplicationProblemKind.TooLong),
                new ApplicationProblem(ApplicationField.Licence, ApplicationProblemKind.LicenceWrongCheckCharacter),
                new ApplicationProblem(ApplicationField.ContactName, ApplicationProblemKind.Missing),
                new ApplicationProblem(ApplicationField.ContactPhone, ApplicationProblemKind.NotAPhoneNumber),
                new ApplicationProblem(ApplicationField.ContactEmail, ApplicationProblemKind.NotAnEmailAddress),
                new ApplicationProblem(ApplicationField.LineNumber, ApplicationProblemKind.DuplicateNumber, 1),
                new ApplicationProblem(ApplicationField.LineKind, ApplicationProblemKind.NoKind, 1),
                new ApplicationProblem(ApplicationField.LineNumber, ApplicationProblemKind.NotAPhoneNumber, 2),
            ],
            problems);
    }

    [Fact]
    public void An_application_without_numbers_or_with_too_many_is_refused()
    {
        Assert.Contains(new ApplicationProblem(ApplicationField.Lines, ApplicationProblemKind.NoLines), Problems(Good with { Lines = [] }));
        Assert.Contains(new ApplicationProblem(ApplicationField.Lines, ApplicationProblemKind.NoLines), Problems(Good with { Lines = null }));
        var many = Enumerable.Range(0, BusinessApplication.MaxLines + 1).Select(i => new DeclaredLine($"1380013{i:D4}", BusinessLineKind.Marketing, MarketingCategories.Loans)).ToList();
        Assert.Contains(new ApplicationProblem(ApplicationField.Lines, ApplicationProblemKind.TooManyLines), Problems(Good with { Lines = many }));
    }

    private static IReadOnlyList<ApplicationProblem> Problems(BusinessApplication application)
    {
        application.Check(out var problems);
        return problems;
    }
}
