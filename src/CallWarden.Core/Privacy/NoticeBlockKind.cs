namespace CallWarden.Core.Privacy;

public enum NoticeBlockKind
{
    Title,
    Heading,
    Item,
    Paragraph,
}
