"""Times the seed tutorial's own NumPy network on XOR, for comparison with the C# reference.

The six functions below are copied from shared/reference/seed-tutorial.md as written, bug
included: backward_propagation passes the *activations* to sigmoid_derivative, which applies
sigmoid again (sigma'(sigma(z)) instead of sigma'(z)). We keep it because the point is to time
the code the course started from, not a corrected version; the amount of work per epoch is the
same either way.

Run with Debian's interpreter (/usr/bin/python3, python3-numpy). Prints one line per run and
then `median_seconds=...` and `min_seconds=...`, which run.sh reads.
"""

import argparse
import statistics
import sys
import time

import numpy as np


# ---- the seed tutorial's code, verbatim --------------------------------------------------

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def sigmoid_derivative(x):
    return sigmoid(x) * (1 - sigmoid(x))

def initialize_network(input_nodes, hidden_nodes, output_nodes):
    hidden_layer = {'weights': np.random.randn(input_nodes, hidden_nodes), 'bias': np.random.randn(hidden_nodes)}
    output_layer = {'weights': np.random.randn(hidden_nodes, output_nodes), 'bias': np.random.randn(output_nodes)}
    return (hidden_layer, output_layer)

def forward_propagation(input_data, hidden_layer, output_layer):
    hidden_layer_input = np.dot(input_data, hidden_layer['weights']) + hidden_layer['bias']
    hidden_layer_output = sigmoid(hidden_layer_input)

    output_layer_input = np.dot(hidden_layer_output, output_layer['weights']) + output_layer['bias']
    output_layer_output = sigmoid(output_layer_input)

    return hidden_layer_output, output_layer_output

def backward_propagation(input_data, hidden_layer, output_layer, hidden_layer_output, output_layer_output, actual_output, learning_rate):
    output_error = actual_output - output_layer_output
    output_gradient = output_error * sigmoid_derivative(output_layer_output)

    hidden_error = np.dot(output_gradient, output_layer['weights'].T)
    hidden_gradient = hidden_error * sigmoid_derivative(hidden_layer_output)

    output_layer['weights'] += learning_rate * np.dot(hidden_layer_output.T, output_gradient)
    output_layer['bias'] += learning_rate * np.sum(output_gradient, axis=0)

    hidden_layer['weights'] += learning_rate * np.dot(input_data.T, hidden_gradient)
    hidden_layer['bias'] += learning_rate * np.sum(hidden_gradient, axis=0)

def train_network(input_data, actual_output, input_nodes, hidden_nodes, output_nodes, learning_rate, epochs):
    hidden_layer, output_layer = initialize_network(input_nodes, hidden_nodes, output_nodes)

    for _ in range(epochs):
        hidden_layer_output, output_layer_output = forward_propagation(input_data, hidden_layer, output_layer)
        backward_propagation(input_data, hidden_layer, output_layer, hidden_layer_output, output_layer_output, actual_output, learning_rate)

    return hidden_layer, output_layer

# ---- end of the seed's code --------------------------------------------------------------


def blas_kernel():
    """Which BLAS numpy really calls, so a report can say what was measured.

    threadpoolctl names OpenBLAS, MKL and BLIS; Debian's numpy links the generic libblas.so.3,
    which threadpoolctl does not recognise when it is the reference BLAS, so fall back to the
    library files this process has mapped.
    """
    try:
        from threadpoolctl import threadpool_info
        infos = [f"{i.get('internal_api')} {i.get('version')} {i.get('architecture')} threads={i.get('num_threads')}"
                 for i in threadpool_info() if i.get('user_api') == 'blas']
    except ImportError:
        infos = []
    if infos:
        return "; ".join(infos)
    import os
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line.lower()}
    return "; ".join(sorted(os.path.realpath(p) for p in paths)) or "none found"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs after one warm-up run (default 7)")
    parser.add_argument("--epochs", type=int, default=10_000)
    args = parser.parse_args()

    # The same data, shape (2-4-1), learning rate and epoch count as TrainingConfiguration.Default.
    inputs = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    targets = np.array([[0], [1], [1], [0]], dtype=float)

    print(f"numpy {np.__version__}, python {sys.version.split()[0]}, BLAS: {blas_kernel()}")

    # One untimed run first: imports, allocator and CPU caches settle, as the C# side warms its JIT.
    # Every run is seeded alike, so each times exactly the same arithmetic.
    np.random.seed(42)
    train_network(inputs, targets, 2, 4, 1, 1.0, args.epochs)

    times = []
    for run in range(args.runs):
        np.random.seed(42)
        start = time.perf_counter()
        hidden_layer, output_layer = train_network(inputs, targets, 2, 4, 1, 1.0, args.epochs)
        times.append(time.perf_counter() - start)
        print(f"run {run + 1}: {times[-1]:.4f} s")

    # A sanity line: the trained network's outputs, to show the timed code really ran to the end.
    _, outputs = forward_propagation(inputs, hidden_layer, output_layer)
    print("predictions:", np.array2string(outputs.ravel(), precision=4))
    print(f"median_seconds={statistics.median(times):.6f}")
    print(f"min_seconds={min(times):.6f}")


if __name__ == "__main__":
    main()
