namespace NeuralKatas.Testing;

/// <summary>Kata 05's mistakes: the loss, the prediction and the training loop.</summary>
public static partial class Mistakes
{
    /// <summary>Divided by n.</summary>
    public static Mistake LossAveraged { get; } = new(
        "loss-averaged",
        "averaging instead of summing: this loss is ½ times a sum over every sample and output, with no division by n.",
        "the value is the right loss divided by n");

    /// <summary>The ½ left out.</summary>
    public static Mistake LossMissingHalf { get; } = new(
        "loss-missing-half",
        "you left out the ½: L = ½ Σ (Y − Ŷ)². The ½ cancels the 2 of the derivative, which is why δ2 starts from Ŷ − Y.",
        "the value is twice the right loss");

    /// <summary>The mean squared error where the loss belongs.</summary>
    public static Mistake LossIsMse { get; } = new(
        "loss-is-mse",
        "you computed the mean squared error, Σ (Y − Ŷ)² / n: the loss is ½ Σ (Y − Ŷ)², and MSE is only for display.",
        "the value is 2L / n");

    /// <summary>Errors summed without squaring.</summary>
    public static Mistake LossNotSquared { get; } = new(
        "loss-not-squared",
        "you summed the errors without squaring them: positive and negative errors then cancel. Square each one (MultiplyElementwise) before summing.",
        "the value is ½ Σ (Y − Ŷ)");

    /// <summary>H returned as the prediction.</summary>
    public static Mistake PredictReturnsHidden { get; } = new(
        "predict-returns-hidden",
        "you returned H, the hidden activations: the prediction is the output layer's Ŷ.",
        "the result equals H");

    /// <summary>Z2 returned as the prediction.</summary>
    public static Mistake PredictReturnsZ2 { get; } = new(
        "predict-returns-z2",
        "you returned Z2: the prediction is σ(Z2), the output of the forward pass.",
        "the result equals Z2");

    /// <summary>Predictions rounded to 0 or 1.</summary>
    public static Mistake PredictThresholded { get; } = new(
        "predict-thresholded",
        "you rounded the predictions to 0 or 1: Predict returns Ŷ itself, numbers between 0 and 1. Thresholding at 0.5 is for reading them, not for returning them.",
        "the result is Ŷ rounded at 0.5");

    /// <summary>The loss recorded from the network after the update.</summary>
    public static Mistake TrainLossAfterUpdate { get; } = new(
        "train-loss-after-update",
        "the loss was recorded after the update; record it from the forward pass, before Backward and Update.",
        "entry 0 equals the loss of the network after one step");

    /// <summary>The MSE recorded in the history.</summary>
    public static Mistake TrainRecordsMse { get; } = new(
        "train-records-mse",
        "the history holds the mean squared error: record Loss(target, forward.Output), the ½ Σ loss.",
        "entry 0 equals 2L / n");

    /// <summary>Nothing recorded at all.</summary>
    public static Mistake TrainLossNotRecorded { get; } = new(
        "train-loss-not-recorded",
        "LossHistory is empty: record Loss(target, forward.Output) once in every epoch.",
        "an empty history");

    /// <summary>A seed other than the configuration's.</summary>
    public static Mistake TrainWrongSeed { get; } = new(
        "train-wrong-seed",
        "the network was drawn from a generator with another seed: start from new GaussianGenerator(configuration.Seed).",
        "entry 0 equals the loss of the network drawn with seed 0, 1, 42, or the seed ± 1");

    /// <summary>The network never reassigned.</summary>
    public static Mistake TrainNeverUpdated { get; } = new(
        "train-never-updated",
        "the network was never updated: assign the result of Update back to your network variable.",
        "the weights after training equal the initial ones");

    /// <summary>InitializeNetwork called inside the loop.</summary>
    public static Mistake TrainReinitialisedEveryEpoch { get; } = new(
        "train-reinitialised-every-epoch",
        "the network is initialised again in every epoch, so it never gets past one step: create the generator and the network once, before the loop.",
        "the weights after 3 epochs equal those after 1");

    /// <summary>One epoch too few or too many.</summary>
    public static Mistake TrainOffByOne { get; } = new(
        "train-off-by-one",
        "one epoch too few or too many: the loop runs exactly configuration.Epochs times (for epoch = 0; epoch < Epochs).",
        "the weights after 3 epochs equal those after 2 or 4");
}
