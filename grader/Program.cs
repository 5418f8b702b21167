using NeuralKatas.Grader.Commands;

return CommandLine.Build().Parse(args).Invoke();
