namespace NeuralKatas.Testing;

/// <summary>Kata 05's mistakes: the loss, the prediction and the training loop.</summary>
public static partial class Mistakes
{
    /// <summary>Divided by n.</summary>
    public static Mistake LossAveraged { get; } = new(
        "loss-averaged",
        "averaging instead of summing: this loss is ½ times a sum over every sample and output, with no division by n, by the number of outputs or by their product.",
        "the value is the right loss divided by n, or, with two outputs, by 2 or 2n");

    /// <summary>The ½ left out.</summary>
    public static Mistake LossMissingHalf { get; } = new(
        "loss-missing-half",
        "you left out the ½: L = ½ Σ (Y − Ŷ)². The ½ cancels the 2 of the derivative, which is why δ2 starts from Ŷ − Y.",
        "the value is twice the right loss, or every gradient twice the right one");

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

    /// <summary>A loss of exactly 0 for wrong predictions.</summary>
    public static Mistake LossIsZero { get; } = new(
        "loss-is-zero",
        "the loss is 0 although the predictions are wrong: either ½ was written 1 / 2, which is integer division and gives 0 (write 0.5), or the error compares a matrix with itself (Y − Y, Ŷ − Ŷ) instead of Y with the prediction; or, in Train, nothing was written into the history (in F#, lossHistory[epoch] <- … assigns, = only compares).",
        "the value is exactly 0");

    /// <summary>The error taken of rounded predictions.</summary>
    public static Mistake LossOfRoundedPredictions { get; } = new(
        "loss-of-rounded-predictions",
        "the loss compares Y with rounded predictions, Y − round(Ŷ): it then counts wrong answers, ½ each, and is 0 whenever every prediction is on the right side of 0.5, however far from its target. Take the error of Ŷ itself: L = ½ Σ (Y − Ŷ)².",
        "the value is 0 where rounding Ŷ gives every target, and ½ per wrong answer where it leaves two of three wrong");

    /// <summary>Absolute errors instead of squares.</summary>
    public static Mistake LossAbsoluteError { get; } = new(
        "loss-absolute-error",
        "you summed absolute errors |Y − Ŷ|: this loss squares each error, ½ Σ (Y − Ŷ)².",
        "the value is ½ Σ |Y − Ŷ|, with one output and with two");

    /// <summary>Each sample's error norm summed, never squared.</summary>
    public static Mistake LossNormNotSquared { get; } = new(
        "loss-norm-not-squared",
        "you added up each sample's error norm, ‖Y − Ŷ‖ = √Σ (Y − Ŷ)², without squaring it: the loss is ½ Σ ‖Y − Ŷ‖², the norms squared, which is ½ Σ (Y − Ŷ)², every error squared.",
        "the value is ½ Σ over the samples of √Σ (Y − Ŷ)² over their outputs: ½ Σ |Y − Ŷ| with one output, told apart from absolute errors with two");

    /// <summary>The sum squared instead of the squares summed.</summary>
    public static Mistake LossSquareOfSum { get; } = new(
        "loss-square-of-sum",
        "you squared a sum of errors (of all of them, or of each sample's, as summing every entry of eᵀe does with several outputs): square each error first, then add them up, ½ Σ (Y − Ŷ)², not ½ (Σ (Y − Ŷ))².",
        "the value is ½ (Σ (Y − Ŷ))², over all the errors or each sample's");

    /// <summary>The errors of one output only.</summary>
    public static Mistake LossOneOutputOnly { get; } = new(
        "loss-one-output-only",
        "the loss covers one output only: L = ½ Σ (Y − Ŷ)² sums over every sample and every output, every entry of the squared errors (Sum()), not one column of them.",
        "with two outputs, the value is ½ Σ (Y − Ŷ)² over one column");

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
        "you rounded the output to 0 or 1: Forward and Predict return Ŷ itself, numbers between 0 and 1. Thresholding at 0.5 is for reading them, not for returning them.",
        "the result is Ŷ rounded at 0.5");

    /// <summary>The loss recorded from the network after the update.</summary>
    public static Mistake TrainLossAfterUpdate { get; } = new(
        "train-loss-after-update",
        "the loss was recorded after the update; record it from the forward pass, before Backward and Update.",
        "entry 0 equals the loss of the network after one step, and the history of 3 epochs is the right one shifted by exactly one step while the network took its 3 steps");

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
        "entry 0 equals the loss of the network drawn with seed 0, 1, 42, or the seed ± 1, or seed 2³² + 11 gives seed 11's (the seed cut to 32 bits)");

    /// <summary>The network never reassigned.</summary>
    public static Mistake TrainNeverUpdated { get; } = new(
        "train-never-updated",
        "the network never changed: assign the result of Update back to your network variable, and check that the step is not 0 (Backward given Ŷ where the target Y belongs has nothing to correct).",
        "the weights after training equal the initial ones");

    /// <summary>Every epoch started from the same network: InitializeNetwork called inside the loop, or Update's result kept elsewhere.</summary>
    public static Mistake TrainReinitialisedEveryEpoch { get; } = new(
        "train-reinitialised-every-epoch",
        "every epoch starts from the same network, so training never gets past one step: either the network is initialised again inside the loop, Update's result is not assigned back to the network the next epoch uses, or one epoch ran and its result was repeated (F#'s Array.create evaluates its value once). Create the generator and the network once, before the loop, and write network = Update(network, …) in every epoch.",
        "the weights after 3 epochs equal those after 1, and every loss recorded is the first");

    /// <summary>A return (or break) inside the epoch loop.</summary>
    public static Mistake TrainStoppedEarly { get; } = new(
        "train-stopped-early",
        "training stopped after its first epoch: a return or break inside the loop (a misplaced brace?) ends it, and the later losses are never written. Return the result after the loop, once every epoch has run.",
        "the weights after 3 epochs equal those after 1, and every entry after the first is still 0");

    /// <summary>One epoch too few or too many.</summary>
    public static Mistake TrainOffByOne { get; } = new(
        "train-off-by-one",
        "one epoch too few or too many: the loop runs exactly configuration.Epochs times (for epoch = 0; epoch < Epochs), and epoch indexes the history from 0.",
        "the network has had one step too few or too many (or the history one entry), and is one step off the same way after 1 epoch and after 3; or an index ran past the end of the history, at 50 epochs too");

    /// <summary>Any other number of epochs or history entries.</summary>
    public static Mistake TrainWrongEpochCount { get; } = new(
        "train-wrong-epoch-count",
        "the loss history does not hold one loss per epoch: run exactly configuration.Epochs epochs (not the default configuration's, without stopping early, and without skipping any: the counter moves once per epoch), record one loss in each, from its forward pass, and return them all; none before the loop or after the last update, and none left out (entry 0, the untrained network's loss, is where the curve starts).",
        "the history's length is neither configuration.Epochs nor one off it, or one off it while the network is not one step off the same way after 1 epoch and after 3 (a loss more, or the right history less its first or last entry); or entries left at 0 between the reference's losses, the network after as many steps as losses written");

    /// <summary>The network made with other sizes than the data's and the configuration's.</summary>
    public static Mistake TrainWrongLayerSizes { get; } = new(
        "train-wrong-layer-sizes",
        "the network has the wrong sizes: InitializeNetwork(input.Columns, configuration.HiddenNodes, target.Columns, rng), in that order.",
        "the trained network's W1 is not input.Columns × HiddenNodes or its W2 not HiddenNodes × target.Columns, or the forward pass is handed such weights");

    /// <summary>The input handed on where the target goes, or an output layer of the input's size: the two give Ŷ and Y of the same two shapes.</summary>
    public static Mistake TrainInputForTarget { get; } = new(
        "train-input-for-target",
        "Ŷ was compared with a matrix of X's shape: either the input was handed on where the target goes (Backward(input, target, network, forward) and Loss(target, prediction) compare Ŷ with Y, never with X), or the output layer was sized by input.Columns instead of target.Columns.",
        "a samples × outputs matrix is met entry by entry by a samples × inputs one, on a probe whose sizes all differ");

    /// <summary>The initial network returned although training ran.</summary>
    public static Mistake TrainReturnsInitialNetwork { get; } = new(
        "train-returns-initial-network",
        "you returned the network you started with: the losses change, so training ran, but the result must hold the network after the last update.",
        "the returned network is the initial one while the loss history changes");

    /// <summary>An earlier network returned although every epoch ran.</summary>
    public static Mistake TrainReturnsEarlierNetwork { get; } = new(
        "train-returns-earlier-network",
        "the network returned is not the one after the last update: the loss history is right, so every epoch ran, but the result holds an earlier network (one kept as the best so far, say: its loss was recorded before its epoch's update). Return the network after the final Update.",
        "the loss history is right while the returned network is the one after 2 epochs of 3");

    /// <summary>Update given another step size.</summary>
    public static Mistake TrainWrongLearningRate { get; } = new(
        "train-wrong-learning-rate",
        "the updates used another learning rate: pass configuration.LearningRate to Update in every epoch, not the default configuration's, a number of your own, or one that changes from epoch to epoch (a decay, or a warm-up that starts small).",
        "the network after 3 epochs equals training with the default learning rate, with η / n, or with η / (1 + epoch); or an epoch's step, taken from the right network, is another multiple of one Update at η");

    /// <summary>One forward pass before the loop, used in every epoch.</summary>
    public static Mistake TrainStaleForwardPass { get; } = new(
        "train-stale-forward-pass",
        "the forward pass is computed once, before the loop: every epoch needs a forward pass of the current network, so that its loss and its gradients follow the updates.",
        "the loss history stays the same while the network changes");
}
