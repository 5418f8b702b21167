using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Tests.Scoring;

[TestFixture]
public sealed class UntrustedTextTests
{
    [Test]
    public void Colour_and_cursor_sequences_are_removed_and_the_words_kept()
    {
        var text = UntrustedText.Clean("\u001b[31;1mred\u001b[0m and \u001b[2J\u001b[Hcleared \u009b1mbold");

        Assert.That(text, Is.EqualTo("red and cleared bold"));
    }

    [Test]
    public void Operating_system_commands_such_as_a_title_or_a_hyperlink_are_removed()
    {
        var text = UntrustedText.Clean("\u001b]0;owned\u0007title \u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\ end");

        Assert.That(text, Is.EqualTo("title link end"));
    }

    [Test]
    public void Control_characters_and_bidirectional_overrides_are_removed_but_line_breaks_and_tabs_kept()
    {
        var text = UntrustedText.Clean("a\u0000b\u0008c\r\nd\re\tf\u202eg\u2066h");

        Assert.That(text, Is.EqualTo("abc\nd\ne\tfgh"));
    }

    [Test]
    public void A_long_message_is_cut_and_says_how_much_was_cut()
    {
        var text = UntrustedText.Clean(new string('x', 200_000));

        Assert.That(text, Does.StartWith(new string('x', UntrustedText.MaxChars)));
        Assert.That(text, Does.EndWith($"… [cut: {200_000 - UntrustedText.MaxChars} more characters]"));
        Assert.That(text.Length, Is.LessThan(UntrustedText.MaxChars + 64));
    }

    [Test]
    public void A_short_plain_message_is_unchanged()
    {
        const string Message = "Expected σ′(4) = 0.0177, got 0.198: did you apply σ twice?\n  at line 3";

        Assert.That(UntrustedText.Clean(Message), Is.EqualTo(Message));
    }
}
