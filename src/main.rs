fn main() {
    std::process::exit(ctg::app::run());
}
