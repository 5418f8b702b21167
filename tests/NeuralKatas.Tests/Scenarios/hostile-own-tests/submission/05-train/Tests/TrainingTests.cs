namespace NeuralKatas.Kata05;

/// <summary>A submission's own copy of the course's tests, rewritten to pass: it must never be compiled or run.</summary>
[TestFixture]
public sealed class TrainingTests
{
    [Test]
    public void Loss_is_half_the_sum_of_squared_errors() => Assert.Pass();

    [Test]
    public void Predict_returns_the_output_of_the_forward_pass() => Assert.Pass();

    [Test]
    public void Training_starts_from_the_seeded_initialisation() => Assert.Pass();

    [Test]
    public void Each_epoch_takes_one_gradient_step() => Assert.Pass();

    [Test]
    public void The_loss_history_has_one_entry_per_epoch() => Assert.Pass();

    [Test]
    public void Training_leaves_its_inputs_unchanged() => Assert.Pass();

    [Test]
    public void XOR_is_learned_with_the_default_configuration() => Assert.Pass();

    [Test]
    public void Trained_XOR_outputs_match_the_reference_snapshot() => Assert.Pass();
}
