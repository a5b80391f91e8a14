#pragma once

#include <string>
#include <vector>

// Python source text for values, for the Keras code LayerLab writes for a notebook.
namespace layerlab {

// The shortest text that reads back as `value`, always a float: 0.5, 1.0, 0.001, and below
// 0.001 the lesson's way, 1e-4 or 2.5e-5.
std::string pythonFloat(double value);
// A single-quoted str literal: 'block5_conv1', backslashes and quotes escaped.
std::string pythonString(const std::string& text);
// ['a', 'b', …] as str literals; a long list wraps after `indent` columns so that no line is
// much longer than a notebook shows.
std::string pythonStringList(const std::vector<std::string>& items, std::size_t indent);

}  // namespace layerlab
