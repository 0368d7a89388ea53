#include "app/AppMain.h"

int main(int argc, char** argv) {
    return twofold::app::runApp(argc, argv);
}
