//! The domain: what a CTG is made of, independent of files and output.

pub mod commune;
pub mod decimal;
pub mod fte;
pub mod indicator;
pub mod model;
pub mod schema;
pub mod spoken;
pub mod staffing;
