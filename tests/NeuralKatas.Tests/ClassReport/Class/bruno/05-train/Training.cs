using System.Collections.Generic;

namespace NeuralKatas;

public static class Training
{
    public static TrainingResult Train(Matrix input, Matrix target, TrainingConfiguration configuration)
    {
        GaussianGenerator rng = new GaussianGenerator(configuration.Seed);
        Network current = Initialization.InitializeNetwork(input.Columns, configuration.HiddenNodes, target.Columns, rng);
        List<double> history = new List<double>();
        int done = 0;
        while (done < configuration.Epochs)
        {
            ForwardPass forward = ForwardPropagation.Forward(input, current);
            history.Add(Loss(target, forward.Output));
            Gradients gradients = Backpropagation.Backward(input, target, current, forward);
            current = Backpropagation.Update(current, gradients, configuration.LearningRate);
            done++;
        }

        return new TrainingResult(current, history);
    }

    public static Matrix Predict(Matrix input, Network network)
    {
        ForwardPass pass = ForwardPropagation.Forward(input, network);
        return pass.Output;
    }

    public static double Loss(Matrix target, Matrix prediction)
    {
        double sum = 0;
        for (int row = 0; row < target.Rows; row++)
        {
            for (int column = 0; column < target.Columns; column++)
            {
                double difference = target[row, column] - prediction[row, column];
                sum += difference * difference;
            }
        }

        return sum / 2;
    }
}
